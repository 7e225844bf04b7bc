package io.incidentalerts.classifier.toll;

import io.incidentalerts.classifier.rules.Match;
import io.incidentalerts.classifier.text.Token;
import java.util.List;

/**
 * Transfers: "one of the injured later died", "1 of 4 children injured has died" move people from
 * injured to killed ({@link TollMention.Role#TRANSFER}), unless the sentence states the killed total.
 */
final class TransferReader {

    private TransferReader() {
    }

    /** "one of the injured later died", "1 of 4 children injured has died". */
    static TollMention transfer(TollSentence c, NumberHit num) {
        if (num.to() >= c.to || !c.tokens.get(num.to()).is("of")) {
            return null;
        }
        boolean hurtGroup = false;
        for (int j = num.to() + 1; j < Math.min(c.to, num.to() + 9); j++) {
            Token t = c.tokens.get(j);
            if (t.kind() == Token.Kind.PUNCT && !t.is("-")) {
                return null;
            }
            if (t.is("victims") || t.is("them") || t.is("wounded") || t.is("injured")) {
                hurtGroup = true;
                continue;
            }
            Match m = c.tollAt[j - c.from];
            if (m != null && m.rule().killed() && hurtGroup && (t.is("died") || t.is("succumbed"))) {
                return new TollMention(true, num.value(), num.from(), m.to(), TollMention.Role.TRANSFER);
            }
        }
        return null;
    }

    /**
     * "At least 19 were killed and 41 wounded ... as several of the wounded died overnight": when the
     * sentence states the killed figure, the deaths among the injured are already in it.
     */
    static void dropTransfersBesideATotal(List<TollMention> out) {
        boolean statesKilled = false;
        for (TollMention t : out) {
            statesKilled |= t.killed() && (t.role() == TollMention.Role.VICTIMS || t.role() == TollMention.Role.UPDATE);
        }
        if (statesKilled) {
            out.removeIf(t -> t.role() == TollMention.Role.TRANSFER);
        }
    }
}
