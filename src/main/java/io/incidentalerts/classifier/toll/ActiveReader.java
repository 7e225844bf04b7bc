package io.incidentalerts.classifier.toll;

import static io.incidentalerts.classifier.toll.TollWords.AGENTS;
import static io.incidentalerts.classifier.toll.TollWords.CLAUSE_BREAKS;
import static io.incidentalerts.classifier.toll.TollWords.GENERIC_GROUPS;
import static io.incidentalerts.classifier.toll.TollWords.HUMAN_POSSESSIVES;
import static io.incidentalerts.classifier.toll.TollWords.KIN;
import static io.incidentalerts.classifier.toll.TollWords.OBJECT_PRONOUNS;
import static io.incidentalerts.classifier.toll.TollWords.PERSON_HEADS;
import static io.incidentalerts.classifier.toll.TollWords.PERSON_OBJECT_VERBS;
import static io.incidentalerts.classifier.toll.TollWords.PLURAL_HEADS;
import static io.incidentalerts.classifier.toll.TollWords.PREPOSITIONS;
import static io.incidentalerts.classifier.toll.TollWords.REFLEXIVES;

import io.incidentalerts.classifier.rules.Match;
import io.incidentalerts.classifier.text.Token;
import java.util.List;

/**
 * Active statements: a casualty word, optional skip words, then a count ("killing at least 38
 * people", "wounded 86 others") or one person without a number ("killing him", "killing the
 * driver"); "killing and injuring four" is ambiguous and read as neither; "claimed" counts only with
 * "lives".
 */
final class ActiveReader {

    private final ListReader list;

    ActiveReader(ListReader list) {
        this.list = list;
    }

    /**
     * "killing at least 38 people", "killed 5 aid workers, as well as 2 local guides": the count after
     * an active word with any further groups; attackers among them are their own statement, a rise
     * word makes it an UPDATE. Adds the statements to {@code out} and returns their end.
     */
    int counted(TollSentence c, Match verb, NumberHit num, List<TollMention> out) {
        int end = num.to();
        int[] more = list.continuation(c, end);
        end = Math.max(end, more[1]);
        boolean firstIsAttackers = PerpetratorReader.startsWithAttackers(c, num.to());
        long attackers = (firstIsAttackers ? num.value() : 0) + more[3];
        long victims = (firstIsAttackers ? 0 : num.value()) + more[0] - more[3];
        if (victims == 0) {
            out.add(new TollMention(verb.rule().killed(), attackers, verb.from(), end,
                    TollMention.Role.PERPETRATORS));
        } else {
            TollMention.Role role = UpdateReader.riseBefore(c, verb, num) ? TollMention.Role.UPDATE
                    : alsoBefore(c, verb) ? TollMention.Role.MORE : TollMention.Role.VICTIMS;
            out.add(new TollMention(verb.rule().killed(), victims, verb.from(), end, role));
            PerpetratorReader.addAttackers(out, verb.rule().killed(), attackers, verb.from(), end);
        }
        return end;
    }

    /** "it would have killed at least 5,000 people": a toll that did not happen. */
    static boolean counterfactual(TollSentence c, Match verb) {
        int have = verb.from() - 1;
        return have - 1 >= c.from && c.tokens.get(have).is("have")
                && TollWords.COUNTERFACTUAL.contains(c.norm(have - 1));
    }

    /** "the explosion, which also killed three passengers": the count adds to one told before. */
    private static boolean alsoBefore(TollSentence c, Match verb) {
        return verb.from() - 1 >= c.from && c.tokens.get(verb.from() - 1).is("also");
    }

    /** The active casualty word that ends right before token i, skip words between. */
    static Match activeVerbBefore(TollSentence c, int i) {
        int e = i - c.from; // candidate end index (exclusive) of the casualty word
        for (int guard = 0; guard < 4 && e > 0; guard++) {
            Match verb = c.tollByEnd[e];
            if (verb != null && verb.rule().active()) {
                return verb;
            }
            int s = c.skipStartByEnd[e];
            if (s < 0) {
                return null;
            }
            e = s - c.from;
        }
        return null;
    }

    /**
     * "killing and injuring four": the count may be either, so it is read as neither; not when the
     * first verb already has its own count ("1 soldier killed and wounding another 25").
     */
    static boolean ambiguous(TollSentence c, Match verb, List<TollMention> out) {
        int a = verb.from() - 1;
        if (a <= c.from || !c.tokens.get(a).is("and")) {
            return false;
        }
        Match other = c.tollByEnd[a - c.from];
        return other != null && other.rule().active() && other.rule().killed() != verb.rule().killed()
                && !TollSentence.covered(out, other.from());
    }

    static boolean claims(Match verb) {
        return verb.rule().phrase().startsWith("claim") && !verb.rule().phrase().contains("lives");
    }

    /**
     * "executed 5 trades", "executed the plan": a verb that also takes things counts only a person
     * within three words of {@code at}, before a clause break or a preposition.
     */
    static boolean thingObject(TollSentence c, Match verb, int at) {
        if (!PERSON_OBJECT_VERBS.contains(c.norm(verb.to() - 1))) {
            return false;
        }
        for (int j = at; j < Math.min(c.to, at + 3); j++) {
            String w = c.norm(j);
            if (PERSON_HEADS.contains(w) || KIN.contains(w) || AGENTS.contains(w) || GENERIC_GROUPS.contains(w)
                    || PLURAL_HEADS.contains(w) || c.perp(j)) {
                return false;
            }
            if (CLAUSE_BREAKS.contains(w) || PREPOSITIONS.contains(w)) {
                break;
            }
        }
        return true;
    }

    static boolean livesAfter(TollSentence c, int at) {
        for (int j = at; j < Math.min(c.to, at + 4); j++) {
            if (c.tokens.get(j).is("lives") || c.tokens.get(j).is("life")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "killing him", "killing herself", "killing the driver": one person, no number written, with
     * any further groups. Adds the statements to {@code out} and returns their end, or -1.
     */
    int singleObject(TollSentence c, Match verb, int i, List<TollMention> out) {
        if (verb.to() != i) {
            return -1;
        }
        String w = c.norm(i);
        int end;
        TollMention.Role role = TollMention.Role.VICTIMS;
        if (OBJECT_PRONOUNS.contains(w)) {
            end = i + 1;
        } else if (REFLEXIVES.contains(w)) {
            end = i + 1;
            role = TollMention.Role.PERPETRATORS;
        } else if (c.namesOfficial(i) && c.tokens.get(i).kind() == Token.Kind.WORD) {
            end = c.officialAt[i - c.from] ? i + 1 : i + 2; // "killed Russian ambassador Andrei Karlov"
        } else if ((w.equals("the") || HUMAN_POSSESSIVES.contains(w)) && i + 1 < c.to && !thingObject(c, verb, i + 1)
                && c.tokens.get(i + 1).kind() == Token.Kind.WORD
                && !c.norm(i + 1).endsWith("s") && !PLURAL_HEADS.contains(c.norm(i + 1)) && c.tollAt[i + 1 - c.from] == null) {
            end = i + 2; // "killing the driver", "seriously wounding his wife"
            if (c.perp(i + 1)) {
                role = TollMention.Role.PERPETRATORS;
            }
        } else {
            return -1;
        }
        int[] more = list.continuation(c, end);
        end = Math.max(end, more[1]);
        boolean killed = verb.rule().killed();
        long attackers = (role == TollMention.Role.PERPETRATORS ? 1 : 0) + more[3];
        long victims = (role == TollMention.Role.PERPETRATORS ? 0 : 1) + more[0] - more[3];
        if (victims == 0) {
            out.add(new TollMention(killed, attackers, verb.from(), end, TollMention.Role.PERPETRATORS, false));
        } else { // "killing herself and a soldier": the soldier is the victim, she is an attacker
            out.add(new TollMention(killed, victims, verb.from(), end, TollMention.Role.VICTIMS, false));
            PerpetratorReader.addAttackers(out, killed, attackers, verb.from(), end);
        }
        return end;
    }
}
