package io.incidentalerts.classifier.toll;

import static io.incidentalerts.classifier.toll.TollWords.AGENTS;
import static io.incidentalerts.classifier.toll.TollWords.CAUSES;
import static io.incidentalerts.classifier.toll.TollWords.CLAUSE_BREAKS;
import static io.incidentalerts.classifier.toll.TollWords.MANNER_VERBS;
import static io.incidentalerts.classifier.toll.TollWords.MORE_WORDS;
import static io.incidentalerts.classifier.toll.TollWords.NEGATORS;
import static io.incidentalerts.classifier.toll.TollWords.OBJECT_PRONOUNS;
import static io.incidentalerts.classifier.toll.TollWords.SUBJECT_PRONOUNS;

import io.incidentalerts.classifier.rules.Match;
import io.incidentalerts.classifier.text.Token;
import java.util.List;

/**
 * One person without a number as the subject or object: "Border guard was killed", "he was shot
 * dead by police", "soldiers shot him dead".
 */
final class SingularReader {

    private SingularReader() {
    }

    /**
     * "Border guard was killed", "he was shot dead by police", "the hostage-taker was killed": a
     * singular subject with no number counts 1. The subject is an attacker when a perpetrator word
     * names it, or when it is "he"/"she" and the agent is police or troops; a bare "he"/"she"
     * without such an agent is skipped (it usually repeats a victim already counted).
     */
    static void singularSubjects(TollSentence c, List<TollMention> out) {
        for (int j = c.from + 1; j < c.to; j++) {
            Match m = c.tollAt[j - c.from];
            if (m == null || !m.rule().passive() || TollSentence.covered(out, j)) {
                continue;
            }
            int aux = j - 1;
            boolean also = false;
            if (aux > c.from && !c.tokens.get(aux).is("was") && !c.tokens.get(aux).is("is")
                    && c.tokens.get(aux).kind() == Token.Kind.WORD) {
                also = MORE_WORDS.contains(c.norm(aux));
                aux--; // "was later killed", "was also killed"
            }
            // "the bomber also died": a verb that is only ever passive needs no "was"; said of an attacker only,
            // since a lone victim so named usually repeats one counted already
            boolean intransitive = !m.rule().active() && aux >= c.from && c.tokens.get(aux).kind() == Token.Kind.WORD;
            if (intransitive && !(c.tokens.get(aux).is("was") || c.tokens.get(aux).is("is"))) {
                aux++;
            } else if (aux <= c.from || !(c.tokens.get(aux).is("was") || c.tokens.get(aux).is("is"))) {
                continue;
            } else {
                intransitive = false;
            }
            int age = NumberReader.ageApposition(c.tokens, aux - 2, c.from, c.to);
            int start = age >= 0 ? age : aux; // "Jose Rodriguez, 65, was killed": the name is the subject
            boolean perp = false;
            boolean pronoun = false;
            boolean negated = false;
            while (start > c.from && !CLAUSE_BREAKS.contains(c.norm(start - 1)) && aux - start < 8) {
                start--;
                Token t = c.tokens.get(start);
                if (t.kind() == Token.Kind.NUMBER || c.tollAt[start - c.from] != null) {
                    start = -1;
                    break;
                }
                perp |= c.perp(start);
                pronoun |= SUBJECT_PRONOUNS.contains(t.norm());
                negated |= NEGATORS.contains(t.norm()) || t.is("nobody") || t.is("none");
            }
            // "the driver died in the explosion": the death told with its cause is the first telling, not a repeat
            boolean caused = intransitive && m.rule().killed() && diedOf(c, m.to());
            boolean article = start >= 0 && (c.tokens.get(start).is("a") || c.tokens.get(start).is("an"));
            if (start < 0 || start == aux || negated || c.tokens.get(start).is("one") || (article && !caused)) {
                continue; // numbered and "a soldier was killed" subjects are read by passive()
            }
            if (intransitive && !perp && !caused) {
                continue;
            }
            if (pronoun && !perp) {
                perp = PerpetratorReader.agentIsSecurity(c, m.to());
                if (!perp) {
                    continue;
                }
            }
            TollMention.Role role = perp ? TollMention.Role.PERPETRATORS
                    : also ? TollMention.Role.MORE : TollMention.Role.VICTIMS;
            out.add(new TollMention(m.rule().killed(), 1, start, m.to(), role, false));
        }
    }

    /** "died in the explosion", "died in an attack": the casualty word is followed by the incident as its cause. */
    private static boolean diedOf(TollSentence c, int at) {
        return at + 2 < c.to && c.tokens.get(at).is("in") && (c.tokens.get(at + 1).is("the")
                || c.tokens.get(at + 1).is("a") || c.tokens.get(at + 1).is("an")) && CAUSES.contains(c.norm(at + 2));
    }

    /** "soldiers shot him dead": one person; an attacker when police or troops did the shooting. */
    static TollMention pronounShotDead(TollSentence c, int i) {
        if (i <= c.from || i + 1 >= c.to || !OBJECT_PRONOUNS.contains(c.norm(i)) || !c.tokens.get(i + 1).is("dead")
                || !MANNER_VERBS.contains(c.norm(i - 1))) {
            return null;
        }
        boolean security = i - 2 >= c.from && AGENTS.contains(c.norm(i - 2));
        return new TollMention(true, 1, i - 1, i + 2,
                security ? TollMention.Role.PERPETRATORS : TollMention.Role.VICTIMS, false);
    }
}
