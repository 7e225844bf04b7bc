package io.incidentalerts.classifier.toll;

import io.incidentalerts.classifier.rules.Match;
import io.incidentalerts.classifier.text.Token;
import java.util.List;

import static io.incidentalerts.classifier.toll.TollWords.AGENT_RELATIVES;
import static io.incidentalerts.classifier.toll.TollWords.SUBJECT_ENDS;

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
            if (hurtGroup && diedAt(m, t)) {
                return new TollMention(true, num.value(), num.from(), m.to(), TollMention.Role.TRANSFER);
            }
        }
        return null;
    }

    /**
     * "Two guards who were shot in the attack died in hospital": a count told hurt in a relative
     * clause, then "died" with no subject of its own, moves from injured to killed.
     */
    static void woundedThenDied(TollSentence c, List<TollMention> out) {
        for (int k = 0, n = out.size(); k < n; k++) {
            TollMention m = out.get(k);
            if (m.killed() || m.role() != TollMention.Role.VICTIMS || !m.written() || !relativeInside(c, m)) {
                continue;
            }
            for (int j = m.to(); j < c.to; j++) {
                Token t = c.tokens.get(j);
                if (t.kind() == Token.Kind.NUMBER || t.is(";") || SUBJECT_ENDS.contains(t.norm())) {
                    break;
                }
                Match x = c.tollAt[j - c.from];
                if (diedAt(x, t) && !TollSentence.covered(out, j)) {
                    out.add(new TollMention(true, m.value(), m.from(), x.to(), TollMention.Role.TRANSFER));
                    break;
                }
            }
        }
    }

    /** The casualty match at a token is a death told of people already counted: "died", "succumbed". */
    private static boolean diedAt(Match m, Token t) {
        return m != null && m.rule().killed() && (t.is("died") || t.is("succumbed"));
    }

    private static boolean relativeInside(TollSentence c, TollMention m) {
        for (int k = m.from(); k < m.to(); k++) {
            if (AGENT_RELATIVES.contains(c.norm(k))) {
                return true;
            }
        }
        return false;
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
