package io.incidentalerts.classifier.rules;

import io.incidentalerts.classifier.Category;
import java.util.List;

/**
 * Picks the category from the incident sentences that describe the event (title and lead). Every
 * surviving trigger with a category is a candidate; GTD precedence decides between candidates
 * ({@link Category#precedence()}: assassination before hijacking before kidnapping ...). With no
 * categorised trigger, a weapon in those sentences decides (a bomb means a bombing); otherwise the
 * event is an armed assault, the commonest reading of "attack" in news.
 */
public final class CategoryChooser {

    private CategoryChooser() {
    }

    /**
     * "Rioters clashed with police", "rioters attacked a police station": when a strong riot word
     * names the crowd, the clash, the damage to buildings or the beating is part of the riot.
     */
    private static Match strongRiot(List<SentenceFacts> focus, Category chosen) {
        if (chosen != Category.ARMED_CLASH && chosen != Category.FACILITY_ATTACK && chosen != Category.UNARMED_ASSAULT) {
            return null;
        }
        for (SentenceFacts f : focus) {
            for (Match t : f.triggers()) {
                if (t.rule().category() == Category.RIOT && t.rule().strong()) {
                    return t;
                }
            }
        }
        return null;
    }

    public static CategoryChoice choose(List<SentenceFacts> focus) {
        Match best = null;
        for (SentenceFacts f : focus) {
            for (Match t : f.triggers()) {
                Category c = t.rule().category();
                if (c != null && (best == null || c.precedence() < best.rule().category().precedence())) {
                    best = t;
                }
            }
        }
        if (best != null) {
            Match riot = strongRiot(focus, best.rule().category());
            return riot != null ? new CategoryChoice(Category.RIOT, riot) : new CategoryChoice(best.rule().category(), best);
        }
        Match weapon = null; // the longest weapon phrase: "rocket-propelled grenade" over "rocket"
        for (SentenceFacts f : focus) {
            for (Match w : f.weapons()) {
                if (w.rule().category() != null && (weapon == null || w.to() - w.from() > weapon.to() - weapon.from())) {
                    weapon = w;
                }
            }
        }
        if (weapon != null) {
            return new CategoryChoice(weapon.rule().category(), weapon);
        }
        Match any = focus.isEmpty() || focus.get(0).triggers().isEmpty() ? null : focus.get(0).triggers().get(0);
        return new CategoryChoice(Category.ARMED_ASSAULT, any);
    }
}
