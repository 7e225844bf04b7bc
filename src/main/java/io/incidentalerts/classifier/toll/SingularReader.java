package io.incidentalerts.classifier.toll;

import static io.incidentalerts.classifier.toll.TollWords.AGENTS;
import static io.incidentalerts.classifier.toll.TollWords.CAUSES;
import static io.incidentalerts.classifier.toll.TollWords.CAUSE_LINKS;
import static io.incidentalerts.classifier.toll.TollWords.CAUSE_SELF;
import static io.incidentalerts.classifier.toll.TollWords.CAUSE_WOUNDS;
import static io.incidentalerts.classifier.toll.TollWords.CLAUSE_BREAKS;
import static io.incidentalerts.classifier.toll.TollWords.MANNER_VERBS;
import static io.incidentalerts.classifier.toll.TollWords.MORE_WORDS;
import static io.incidentalerts.classifier.toll.TollWords.NEGATORS;
import static io.incidentalerts.classifier.toll.TollWords.OBJECT_PRONOUNS;
import static io.incidentalerts.classifier.toll.TollWords.SAYING;
import static io.incidentalerts.classifier.toll.TollWords.SUBJECT_PRONOUNS;

import io.incidentalerts.classifier.rules.Match;
import io.incidentalerts.classifier.text.Token;
import java.util.List;

/**
 * One person without a number as the subject or object: "Border guard was killed", "he was shot
 * dead by police", "soldiers shot him dead".
 */
final class SingularReader {

    /** How far after "died" its cause may start, and how far after the link the wound may come. */
    private static final int CAUSE_REACH = 5;
    private static final int APPOSITION_WORDS = 6;
    private static final int RELATIVE_WORDS = 10;

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
            if (aux > c.from && (NEGATORS.contains(c.norm(aux)) || c.tokens.get(aux).is("never"))) {
                continue; // "but Ibarra was not hurt": no toll, not an adverb like "later"
            }
            boolean also = false;
            if (aux > c.from && !c.tokens.get(aux).is("was") && !c.tokens.get(aux).is("is")
                    && c.tokens.get(aux).kind() == Token.Kind.WORD) {
                also = MORE_WORDS.contains(c.norm(aux));
                aux--; // "was later killed", "was also killed"
            }
            // "the bomber also died": a verb that is only ever passive needs no "was"; said of an attacker only,
            // since a lone victim so named usually repeats one counted already
            boolean intransitive = !m.rule().active() && aux >= c.from
                    && (c.tokens.get(aux).kind() == Token.Kind.WORD || c.tokens.get(aux).is(","));
            if (intransitive && !(c.tokens.get(aux).is("was") || c.tokens.get(aux).is("is"))) {
                aux++;
            } else if (aux <= c.from || !(c.tokens.get(aux).is("was") || c.tokens.get(aux).is("is"))) {
                continue;
            } else {
                intransitive = false;
            }
            int age = NumberReader.ageApposition(c.tokens, aux - 2, c.from, c.to);
            int apposition = age >= 0 ? -1 : nounApposition(c, aux);
            // "Jose Rodriguez, 65, was killed", "GALAN, SENATOR AND PRESIDENTIAL HOPEFUL, DIED": the name is the subject
            int start = age >= 0 ? age : apposition >= 0 ? apposition : aux;
            boolean perp = false;
            for (int w = Math.max(apposition, c.from); apposition >= 0 && w < aux; w++) {
                perp |= c.perp(w);
            }
            boolean pronoun = false;
            boolean negated = false;
            int subjectEnd = start;
            while (start > c.from && !CLAUSE_BREAKS.contains(c.norm(start - 1)) && subjectEnd - start < 8) {
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

    /**
     * "died in the explosion", "died in an attack": the casualty word is followed by the incident as its
     * cause; "died after being shot", "died hours later of his wounds": by a wounding.
     */
    static boolean diedOf(TollSentence c, int at) {
        if (at + 2 < c.to && c.tokens.get(at).is("in") && (c.tokens.get(at + 1).is("the")
                || c.tokens.get(at + 1).is("a") || c.tokens.get(at + 1).is("an")) && CAUSES.contains(c.norm(at + 2))) {
            return true;
        }
        for (int link = at; link < Math.min(c.to, at + CAUSE_REACH); link++) {
            if (CAUSE_LINKS.contains(c.norm(link))) {
                return woundFollows(c, link + 1);
            }
            if (CLAUSE_BREAKS.contains(c.norm(link)) || c.tollAt[link - c.from] != null) {
                return false;
            }
        }
        return false;
    }

    private static boolean woundFollows(TollSentence c, int from) {
        for (int j = from; j < Math.min(c.to, from + CAUSE_REACH - 1); j++) {
            if (CAUSE_WOUNDS.contains(c.norm(j))) {
                return true;
            }
            if (CLAUSE_BREAKS.contains(c.norm(j)) || CAUSE_SELF.contains(c.norm(j))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The opening comma of an apposition closed by a comma right before {@code aux}: a noun apposition, "the mayor, a member of the party, was killed" (words only, at most
     * {@value #APPOSITION_WORDS}, no clause break but "and", no speech word: "the guard, police said,
     * was killed" is none), or a relative clause, "HECTOR OQUELI, WHO WAS KIDNAPPED IN GUATEMALA, WAS
     * FOUND DEAD" (at most {@value #RELATIVE_WORDS} words); neither holds a casualty word. -1 when
     * there is none.
     */
    private static int nounApposition(TollSentence c, int aux) {
        int close = aux - 1;
        if (close - 2 < c.from || !c.tokens.get(close).is(",")) {
            return -1;
        }
        int open = -1;
        int words = 0;
        for (int k = close - 1; k > c.from && words <= RELATIVE_WORDS; k--) {
            Token t = c.tokens.get(k);
            if (t.is("[") || t.is("]")) {
                continue; // the transcriber's "[WORD INDISTINCT]" stands for a word of the apposition
            }
            if (t.is(",")) {
                open = k;
                break;
            }
            if (t.kind() != Token.Kind.WORD || c.tollAt[k - c.from] != null) {
                return -1;
            }
            words++;
        }
        if (open < 0 || words == 0 || c.tokens.get(open - 1).kind() != Token.Kind.WORD) {
            return -1;
        }
        int first = open + 1;
        if (TollWords.APPOSITION_RELATIVES.contains(c.norm(first))) {
            return open;
        }
        if (words > APPOSITION_WORDS) {
            return -1;
        }
        for (int k = first; k < close; k++) {
            Token t = c.tokens.get(k);
            boolean marker = t.is("[") || t.is("]");
            if (!marker && (SAYING.contains(t.norm()) || (CLAUSE_BREAKS.contains(t.norm()) && !t.is("and")))) {
                return -1;
            }
        }
        return open;
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
