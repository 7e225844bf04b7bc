package io.incidentalerts.classifier.toll;

import static io.incidentalerts.classifier.toll.TollWords.AGENTS;
import static io.incidentalerts.classifier.toll.TollWords.REFLEXIVES;
import static io.incidentalerts.classifier.toll.TollWords.SELF_DETONATION;

import java.util.List;

/**
 * Perpetrator attribution: groups whose noun names attackers ("5 gunmen"), attackers named among the
 * dead ("including the suicide bomber"), a bomber who "blew himself up", and whether the agent of a
 * killing is police or troops ({@link TollMention.Role#PERPETRATORS}).
 */
final class PerpetratorReader {

    private final NumberReader numbers;

    PerpetratorReader(NumberReader numbers) {
        this.numbers = numbers;
    }

    /** A group whose noun names attackers: "2 gunmen", "3 suicide bombers", "a suspected militant". */
    static boolean startsWithAttackers(TollSentence c, int afterCount) {
        return c.perp(afterCount) || c.perp(afterCount + 1);
    }

    /** Attackers named inside a victims list ("22 civilians and 5 attackers") become their own statement. */
    static void addAttackers(List<TollMention> out, boolean killed, long attackers, int from, int to) {
        if (attackers > 0) {
            out.add(new TollMention(killed, attackers, from, to, TollMention.Role.PERPETRATORS));
        }
    }

    /**
     * "16 people were killed, including the suicide bomber": the attacker named among the dead is
     * taken out of the victims and counted as an attacker.
     */
    void attackersAmongVictims(TollSentence c, List<TollMention> out) {
        for (int m = 0; m < out.size(); m++) {
            TollMention t = out.get(m);
            if (!t.killed() || (t.role() != TollMention.Role.VICTIMS && t.role() != TollMention.Role.MORE)) {
                continue;
            }
            for (int j = t.from(); j < Math.min(c.to - 1, t.to() + 10); j++) {
                if (!c.tokens.get(j).is("including")) {
                    continue;
                }
                long named = c.tokens.get(j + 1).is("the") ? 1 : 0;
                NumberHit count = named == 0 ? numbers.read(c.tokens, j + 1, c.to) : null;
                int nounAt = named == 1 ? j + 2 : count == null ? -1 : count.to();
                named = count == null ? named : count.value();
                if (nounAt < 0 || named <= 0 || named >= t.value() || !startsWithAttackers(c, nounAt)) {
                    break;
                }
                out.set(m, new TollMention(true, t.value() - named, t.from(), t.to(), t.role(), t.written()));
                out.add(new TollMention(true, named, j, nounAt + 1, TollMention.Role.PERPETRATORS, t.written()));
                break;
            }
        }
    }

    /**
     * "the bomber blew himself up" = one attacker killed, unless the sentence already counts him
     * ("killing herself and a soldier").
     */
    static void selfDetonation(TollSentence c, List<TollMention> out) {
        for (int j = c.from; j + 1 < c.to; j++) {
            if (SELF_DETONATION.contains(c.norm(j)) && REFLEXIVES.contains(c.norm(j + 1))) {
                for (int q = c.from; q < c.to; q++) {
                    if (q != j + 1 && REFLEXIVES.contains(c.norm(q)) && TollSentence.covered(out, q)) {
                        return;
                    }
                }
                out.add(new TollMention(true, 1, j, j + 2, TollMention.Role.PERPETRATORS, false));
                return;
            }
        }
    }

    static boolean agentIsSecurity(TollSentence c, int after) {
        for (int q = after; q < Math.min(c.to, after + 5); q++) {
            if (c.tokens.get(q).is("by")) {
                for (int r = q + 1; r < Math.min(c.to, q + 5); r++) {
                    if (AGENTS.contains(c.norm(r))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }
}
