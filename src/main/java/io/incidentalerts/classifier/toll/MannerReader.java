package io.incidentalerts.classifier.toll;

import static io.incidentalerts.classifier.toll.TollWords.MANNER_VERBS;

import io.incidentalerts.classifier.text.Token;
import java.util.List;

/**
 * Manner verbs: "stabbed 4 people to death", "shot two guards dead" = killed; "stabbed 3 people"
 * alone names the people attacked ({@link TollMention.Role#ASSAULTED}).
 */
final class MannerReader {

    private MannerReader() {
    }

    /** "stabbed 4 people to death", "shot two policemen dead". */
    static TollMention mannerKilling(TollSentence c, NumberHit num) {
        int v = num.from() - 1;
        if (v < c.from || !MANNER_VERBS.contains(c.norm(v))) {
            return null;
        }
        for (int j = num.to(); j < Math.min(c.to, num.to() + 5); j++) {
            if (c.tokens.get(j).is("dead") || (c.tokens.get(j).is("to") && j + 1 < c.to && c.tokens.get(j + 1).is("death"))) {
                return new TollMention(true, num.value(), v, j + 1, TollMention.Role.VICTIMS);
            }
            if (c.tokens.get(j).kind() != Token.Kind.WORD) {
                return null;
            }
        }
        return null;
    }

    /**
     * "stabbed 2 officers": the people attacked, who may be among the dead or the injured reported
     * elsewhere ({@link TollMention.Role#ASSAULTED}).
     */
    static void assaultedOnly(TollSentence c, List<TollMention> out) {
        for (int m = 0; m < out.size(); m++) {
            TollMention t = out.get(m);
            if (!t.killed() && t.role() == TollMention.Role.VICTIMS
                    && (c.tokens.get(t.from()).is("stabbed") || c.tokens.get(t.from()).is("stabbing"))) {
                out.set(m, new TollMention(false, t.value(), t.from(), t.to(), TollMention.Role.ASSAULTED, t.written()));
            }
        }
    }
}
