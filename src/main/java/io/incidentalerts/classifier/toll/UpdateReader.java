package io.incidentalerts.classifier.toll;

import static io.incidentalerts.classifier.toll.TollWords.RISE_WORDS;
import static io.incidentalerts.classifier.toll.TollWords.STATE_WORDS;
import static io.incidentalerts.classifier.toll.TollWords.UPDATE_GAP;

import io.incidentalerts.classifier.rules.Match;
import io.incidentalerts.classifier.text.Token;

/**
 * Update statements: "the death toll rose to 14", "raising the death toll to 14", "later reports put
 * the death toll at 100", "the number of people killed has risen to 14" and, with words between the toll word and its rise word, "the death toll
 * from Sunday's bombing in Kabul has risen to 14" ({@link TollMention.Role#UPDATE}).
 */
final class UpdateReader {

    private UpdateReader() {
    }

    /** "death toll rose to 14": a toll word with a rise word between it and the number. */
    static boolean riseBefore(TollSentence c, Match verb, NumberHit num) {
        if (verb.rule().phrase().endsWith("toll")) {
            for (int j = Math.max(c.from, verb.from() - 4); j < verb.from(); j++) {
                if (c.tokens.get(j).is("later")) {
                    return true; // "later reports put the death toll at 100"
                }
            }
        } else if (!numberOf(c, verb.from())) {
            return false;
        }
        for (int j = verb.to(); j < num.from(); j++) {
            if (RISE_WORDS.contains(c.norm(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The death toll from Sunday's bombing in Kabul has risen to 14", "the death toll has since risen
     * to 14": a toll word, words that are not a clause of their own, a rise word, skip words, then the
     * number; an UPDATE. (With only skip words between, {@link #activeVerbBefore} reads it.)
     */
    static TollMention distantUpdate(TollSentence c, NumberHit num) {
        int e = num.from();
        int rise = -1;
        for (int guard = 0; guard < 4 && rise < 0 && e > c.from; guard++) {
            if (RISE_WORDS.contains(c.norm(e - 1)) || STATE_WORDS.contains(c.norm(e - 1))) {
                rise = e - 1;
                break;
            }
            if (e - 2 > c.from && c.tokens.get(e - 1).kind() == Token.Kind.NUMBER
                    && (c.tokens.get(e - 2).is("by") || c.tokens.get(e - 2).is("from"))) {
                e -= 2; // "rose by 2 to 8", "rose from 6 to 9"
                continue;
            }
            int s = c.skipStartByEnd[e - c.from];
            if (s < 0) {
                return null;
            }
            for (int k = s; k < e; k++) { // a skip phrase may hold the rise word: "risen to"
                if (RISE_WORDS.contains(c.norm(k)) || STATE_WORDS.contains(c.norm(k))) {
                    rise = k;
                }
            }
            e = s;
        }
        if (rise < 0) {
            return null;
        }
        for (int k = rise - 1; k >= Math.max(c.from, rise - UPDATE_GAP - 1); k--) {
            Token t = c.tokens.get(k);
            if (t.isBreak() || t.is(";") || t.is(":") || t.is(".")) {
                return null;
            }
            Match m = c.tollByEnd[k + 1 - c.from];
            if (m != null) {
                TollMention.Role role = RISE_WORDS.contains(c.norm(rise)) ? TollMention.Role.UPDATE
                        : TollMention.Role.VICTIMS; // "the death toll from the attack stood at 9": a figure, no rise
                return (m.rule().phrase().endsWith("toll") && m.rule().active()) || numberOf(c, m.from())
                        ? new TollMention(m.rule().killed(), num.value(), m.from(), num.to(), role)
                        : null;
            }
        }
        return null;
    }

    /** "the number of people killed", "the number of dead": a casualty word that heads a toll. */
    private static boolean numberOf(TollSentence c, int at) {
        for (int j = at - 1; j > c.from && j >= at - 3; j--) {
            if (c.tokens.get(j).is("of")) {
                return c.tokens.get(j - 1).is("number");
            }
            if (c.tokens.get(j).kind() != Token.Kind.WORD) {
                return false;
            }
        }
        return false;
    }
}
