package io.incidentalerts.classifier.toll;

import io.incidentalerts.classifier.rules.Match;
import io.incidentalerts.classifier.rules.Rule;
import io.incidentalerts.classifier.rules.RuleKind;
import io.incidentalerts.classifier.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads killed/injured statements from one sentence. Two shapes are recognised:
 * <ul>
 *   <li>active: a casualty word, optional skip words, then a count: "killing at least 38 people",
 *       "wounded 86 others", "death toll rose to 30"; "and 5 soldiers" / "and a policeman" right
 *       after the object adds to it;</li>
 *   <li>passive: a count, up to {@value #GAP} words, then a casualty word: "Three police officers
 *       and one civilian were killed" (groups joined by "and" are summed), "2 dead", "seven police
 *       are being treated in hospital". "a"/"an" counts as 1 only before "was"/"is" + casualty word.</li>
 * </ul>
 * Counts after "including"/"among" are subsets and are skipped; "no one was hurt" is not a count.
 * Further shapes: "stabbed 4 people to death" (a manner verb, a count, then "to death"/"dead");
 * "claimed 7 civilians' lives"; "killing him" / "killing the driver" = 1; a count-less singular
 * subject "X was killed" = 1; "one of the injured died" moves one person from injured to killed;
 * "killing and injuring four" is ambiguous and read as neither. Each mention gets a
 * {@link TollMention.Role}: attackers killed are PERPETRATORS, "more"/"also" figures are MORE,
 * "the death toll rose to N" is an UPDATE.
 */
public final class TollExtractor {

    private static final int GAP = 14;
    /** Words allowed between a toll word and its rise word: "the death toll from Sunday's bombing in Kabul has risen". */
    private static final int UPDATE_GAP = 9;
    private static final Set<String> SUBSET = Set.of("including", "among", "whom", "them");
    private static final Set<String> NEGATORS = Set.of("no", "not", "none", "nobody");
    private static final Set<String> SINGULAR_AUX = Set.of("was", "is", "been", "has", "reportedly");
    private static final Set<String> POSSESSIVES = Set.of("a", "an", "his", "her", "their", "its", "one");
    /** Verbs that name a killing only with "to death"/"dead" after the victims: "stabbed 4 people to death". */
    private static final Set<String> MANNER_VERBS = Set.of("stabbed", "stabbing", "shot", "shooting", "hacked",
            "hacking", "beat", "beaten", "beating", "burned", "burnt", "bludgeoned", "clubbed");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");
    private static final Set<String> HUMAN_POSSESSIVES = Set.of("his", "their");
    private static final Set<String> REFLEXIVES = Set.of("himself", "herself");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she");
    private static final Set<String> SAYING = Set.of("said", "says", "told", "added", "reported", "according",
            "was", "were", "is", "are", "has", "have", "had", "will", "would");
    private static final Set<String> MORE_WORDS = Set.of("more", "also", "another", "further", "additional");
    private static final Set<String> RISE_WORDS = Set.of("rose", "risen", "climbed", "raising", "raised", "reached",
            "increased", "rises", "climbing", "rising");
    /** A toll stated, not raised: "the death toll from the attack stood at 9". */
    private static final Set<String> STATE_WORDS = Set.of("stood", "stands", "stand");
    private static final Set<String> UNKNOWN = Set.of("unknown", "undisclosed", "unspecified", "undetermined",
            "unconfirmed");
    private static final Set<String> AGENTS = Set.of("police", "officers", "officer", "soldiers", "troops",
            "forces", "guards", "army", "policeman", "commandos", "security");
    private static final Set<String> TIME_CLAUSE = Set.of("before", "after", "when", "while", "until", "as");
    private static final Set<String> GENERIC_GROUPS = Set.of("people", "persons", "victims", "others", "civilians");
    private static final Set<String> SELF_DETONATION = Set.of("blew", "blowing", "detonated", "detonating");
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "on", "from", "by", "with", "into", "during",
            "near", "after");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "and", "but", "after", "before", "when",
            "while", "as", "then", "where", "who");

    private final NumberReader numbers;

    public TollExtractor(NumberReader numbers) {
        this.numbers = numbers;
    }

    private static boolean hasToll(List<Match> matches) {
        for (int k = 0; k < matches.size(); k++) {
            if (matches.get(k).rule().kind() == RuleKind.TOLL) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param tokens  all tokens
     * @param from    first token of the sentence
     * @param to      end token (exclusive)
     * @param matches lexicon matches of the sentence; TOLL, TOLL_SKIP and PERPETRATOR ones are used
     */
    public List<TollMention> extract(List<Token> tokens, int from, int to, List<Match> matches) {
        if (!hasToll(matches)) { // most sentences: nothing below can produce a mention
            return new ArrayList<>(2);
        }
        int n = to - from;
        Match[] tollAt = new Match[n];
        int[] skipStartByEnd = new int[n + 1];
        java.util.Arrays.fill(skipStartByEnd, -1);
        int[] skipEndByStart = new int[n + 1];
        Match[] tollByEnd = new Match[n + 1];
        boolean[] perpAt = null;
        boolean[] officialAt = null;
        boolean anyToll = false;
        for (Match m : matches) {
            if (m.rule().kind() == RuleKind.TOLL) {
                anyToll = true;
                int k = m.from() - from;
                if (tollAt[k] == null || tollAt[k].to() < m.to()) {
                    tollAt[k] = m;
                }
                int e = m.to() - from;
                if (tollByEnd[e] == null || tollByEnd[e].from() > m.from()) {
                    tollByEnd[e] = m;
                }
            } else if (m.rule().kind() == RuleKind.TOLL_SKIP) {
                int e = m.to() - from;
                if (skipStartByEnd[e] < 0 || skipStartByEnd[e] > m.from()) {
                    skipStartByEnd[e] = m.from();
                }
                int b = m.from() - from;
                skipEndByStart[b] = Math.max(skipEndByStart[b], m.to());
            } else if (m.rule().kind() == RuleKind.OFFICIAL) {
                if (officialAt == null) {
                    officialAt = new boolean[n];
                }
                officialAt[m.from() - from] = true;
            } else if (m.rule().kind() == RuleKind.PERPETRATOR) {
                if (perpAt == null) {
                    perpAt = new boolean[n];
                }
                for (int u = m.from(); u < m.to(); u++) {
                    perpAt[u - from] = true;
                }
            }
        }
        List<TollMention> out = new ArrayList<>(2);
        if (!anyToll) {
            return out;
        }
        Ctx c = new Ctx(tokens, from, to, tollAt, tollByEnd, skipStartByEnd, skipEndByStart, perpAt, officialAt,
                new boolean[n]);
        for (int i = from; i < to; i++) {
            if (c.used[i - from]) {
                continue;
            }
            NumberHit num = numbers.read(tokens, i, to);
            if (num == null) {
                TollMention shotDead = pronounShotDead(c, i);
                if (shotDead != null) {
                    out.add(shotDead);
                    i = shotDead.to() - 1;
                    continue;
                }
                Match verb = activeVerbBefore(i, from, tollByEnd, skipStartByEnd);
                if (verb != null && !ambiguous(c, verb, out) && !claims(verb)) {
                    int end = singleObject(c, verb, i, out);
                    if (end > 0) {
                        i = end - 1;
                    }
                }
                continue;
            }
            if (i > from && (NEGATORS.contains(tokens.get(i - 1).norm()) || SUBSET.contains(tokens.get(i - 1).norm())
                    || tokens.get(i - 1).is(":"))) {
                i = num.to() - 1;
                continue;
            }
            if (num.article() && num.to() < to && UNKNOWN.contains(tokens.get(num.to()).norm())) {
                continue; // "wounding an unknown number"
            }
            TollMention deadly = mannerKilling(c, num);
            if (deadly != null) {
                out.add(deadly);
                i = deadly.to() - 1;
                continue;
            }
            TollMention transfer = transfer(c, num);
            if (transfer != null) {
                out.add(transfer);
                i = transfer.to() - 1;
                continue;
            }
            Match verb = activeVerbBefore(i, from, tollByEnd, skipStartByEnd);
            if (verb != null) {
                if (ambiguous(c, verb, out) || (claims(verb) && !livesAfter(c, num.to()))) {
                    i = num.to() - 1;
                    continue;
                }
                int end = num.to();
                int[] more = continuation(c, end);
                end = Math.max(end, more[1]);
                boolean firstIsAttackers = startsWithAttackers(c, num.to());
                long attackers = (firstIsAttackers ? num.value() : 0) + more[3];
                long victims = (firstIsAttackers ? 0 : num.value()) + more[0] - more[3];
                if (victims == 0) {
                    out.add(new TollMention(verb.rule().killed(), attackers, verb.from(), end,
                            TollMention.Role.PERPETRATORS));
                } else {
                    TollMention.Role role = riseBefore(c, verb, num) ? TollMention.Role.UPDATE : TollMention.Role.VICTIMS;
                    out.add(new TollMention(verb.rule().killed(), victims, verb.from(), end, role));
                    addAttackers(out, verb.rule().killed(), attackers, verb.from(), end);
                }
                i = end - 1;
                continue;
            }
            TollMention update = distantUpdate(c, num);
            if (update != null) {
                out.add(update);
                i = update.to() - 1;
                continue;
            }
            TollMention passive = passive(c, num, out);
            if (passive != null) {
                out.add(passive);
                i = passive.to() - 1;
            }
        }
        attackersAmongVictims(c, out);
        assaultedOnly(c, out);
        singularSubjects(c, out);
        selfDetonation(c, out);
        dropTransfersBesideATotal(out);
        return out;
    }

    /**
     * "stabbed 2 officers": the people attacked, who may be among the dead or the injured reported
     * elsewhere ({@link TollMention.Role#ASSAULTED}).
     */
    private static void assaultedOnly(Ctx c, List<TollMention> out) {
        for (int m = 0; m < out.size(); m++) {
            TollMention t = out.get(m);
            if (!t.killed() && t.role() == TollMention.Role.VICTIMS
                    && (c.tokens.get(t.from()).is("stabbed") || c.tokens.get(t.from()).is("stabbing"))) {
                out.set(m, new TollMention(false, t.value(), t.from(), t.to(), TollMention.Role.ASSAULTED, t.written()));
            }
        }
    }

    /**
     * "16 people were killed, including the suicide bomber": the attacker named among the dead is
     * taken out of the victims and counted as an attacker.
     */
    private void attackersAmongVictims(Ctx c, List<TollMention> out) {
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
     * "At least 19 were killed and 41 wounded ... as several of the wounded died overnight": when the
     * sentence states the killed figure, the deaths among the injured are already in it.
     */
    private static void dropTransfersBesideATotal(List<TollMention> out) {
        boolean statesKilled = false;
        for (TollMention t : out) {
            statesKilled |= t.killed() && (t.role() == TollMention.Role.VICTIMS || t.role() == TollMention.Role.UPDATE);
        }
        if (statesKilled) {
            out.removeIf(t -> t.role() == TollMention.Role.TRANSFER);
        }
    }

    /** Shared per-sentence state of one {@link #extract} call. */
    private record Ctx(List<Token> tokens, int from, int to, Match[] tollAt, Match[] tollByEnd, int[] skipStartByEnd,
            int[] skipEndByStart, boolean[] perpAt, boolean[] officialAt, boolean[] used) {

        boolean perp(int i) {
            return perpAt != null && i >= from && i < to && perpAt[i - from];
        }

        /** A title opens at i, or after one modifier: "mayor", "Russian ambassador". */
        boolean namesOfficial(int i) {
            return officialAt != null && ((i >= from && i < to && officialAt[i - from])
                    || (i + 1 < to && i >= from && officialAt[i + 1 - from]));
        }

        String norm(int i) {
            return tokens.get(i).norm();
        }
    }

    private static Match activeVerbBefore(int i, int from, Match[] tollByEnd, int[] skipStartByEnd) {
        int e = i - from; // candidate end index (exclusive) of the casualty word
        for (int guard = 0; guard < 4 && e > 0; guard++) {
            Match verb = tollByEnd[e];
            if (verb != null && verb.rule().active()) {
                return verb;
            }
            int s = skipStartByEnd[e];
            if (s < 0) {
                return null;
            }
            e = s - from;
        }
        return null;
    }

    /**
     * "killing and injuring four": the count may be either, so it is read as neither; not when the
     * first verb already has its own count ("1 soldier killed and wounding another 25").
     */
    private static boolean ambiguous(Ctx c, Match verb, List<TollMention> out) {
        int a = verb.from() - 1;
        if (a <= c.from || !c.tokens.get(a).is("and")) {
            return false;
        }
        Match other = c.tollByEnd[a - c.from];
        return other != null && other.rule().active() && other.rule().killed() != verb.rule().killed()
                && !covered(out, other.from());
    }

    private static boolean claims(Match verb) {
        return verb.rule().phrase().startsWith("claim") && !verb.rule().phrase().contains("lives");
    }

    private static boolean livesAfter(Ctx c, int at) {
        for (int j = at; j < Math.min(c.to, at + 4); j++) {
            if (c.tokens.get(j).is("lives") || c.tokens.get(j).is("life")) {
                return true;
            }
        }
        return false;
    }

    /** A group whose noun names attackers: "2 gunmen", "3 suicide bombers", "a suspected militant". */
    private static boolean startsWithAttackers(Ctx c, int afterCount) {
        return c.perp(afterCount) || c.perp(afterCount + 1);
    }

    /** Attackers named inside a victims list ("22 civilians and 5 attackers") become their own statement. */
    private static void addAttackers(List<TollMention> out, boolean killed, long attackers, int from, int to) {
        if (attackers > 0) {
            out.add(new TollMention(killed, attackers, from, to, TollMention.Role.PERPETRATORS));
        }
    }

    /** "death toll rose to 14": a toll word with a rise word between it and the number. */
    private static boolean riseBefore(Ctx c, Match verb, NumberHit num) {
        if (!verb.rule().phrase().endsWith("toll")) {
            return false;
        }
        for (int j = Math.max(c.from, verb.from() - 4); j < verb.from(); j++) {
            if (c.tokens.get(j).is("later")) {
                return true; // "later reports put the death toll at 100"
            }
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
    private static TollMention distantUpdate(Ctx c, NumberHit num) {
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
                return m.rule().phrase().endsWith("toll") && m.rule().active()
                        ? new TollMention(m.rule().killed(), num.value(), m.from(), num.to(), role)
                        : null;
            }
        }
        return null;
    }

    /**
     * "killing him", "killing herself", "killing the driver": one person, no number written, with
     * any further groups. Adds the statements to {@code out} and returns their end, or -1.
     */
    private int singleObject(Ctx c, Match verb, int i, List<TollMention> out) {
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
        } else if ((w.equals("the") || HUMAN_POSSESSIVES.contains(w)) && i + 1 < c.to
                && c.tokens.get(i + 1).kind() == Token.Kind.WORD
                && !c.norm(i + 1).endsWith("s") && c.tollAt[i + 1 - c.from] == null) {
            end = i + 2; // "killing the driver", "seriously wounding his wife"
            if (c.perp(i + 1)) {
                role = TollMention.Role.PERPETRATORS;
            }
        } else {
            return -1;
        }
        int[] more = continuation(c, end);
        end = Math.max(end, more[1]);
        boolean killed = verb.rule().killed();
        long attackers = (role == TollMention.Role.PERPETRATORS ? 1 : 0) + more[3];
        long victims = (role == TollMention.Role.PERPETRATORS ? 0 : 1) + more[0] - more[3];
        if (victims == 0) {
            out.add(new TollMention(killed, attackers, verb.from(), end, TollMention.Role.PERPETRATORS, false));
        } else { // "killing herself and a soldier": the soldier is the victim, she is an attacker
            out.add(new TollMention(killed, victims, verb.from(), end, TollMention.Role.VICTIMS, false));
            addAttackers(out, killed, attackers, verb.from(), end);
        }
        return end;
    }

    /** "soldiers shot him dead": one person; an attacker when police or troops did the shooting. */
    private static TollMention pronounShotDead(Ctx c, int i) {
        if (i <= c.from || i + 1 >= c.to || !OBJECT_PRONOUNS.contains(c.norm(i)) || !c.tokens.get(i + 1).is("dead")
                || !MANNER_VERBS.contains(c.norm(i - 1))) {
            return null;
        }
        boolean security = i - 2 >= c.from && AGENTS.contains(c.norm(i - 2));
        return new TollMention(true, 1, i - 1, i + 2,
                security ? TollMention.Role.PERPETRATORS : TollMention.Role.VICTIMS, false);
    }

    /** "stabbed 4 people to death", "shot two policemen dead". */
    private TollMention mannerKilling(Ctx c, NumberHit num) {
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

    /** "one of the injured later died", "1 of 4 children injured has died". */
    private static TollMention transfer(Ctx c, NumberHit num) {
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
     * After an active object: further groups joined by "," / "and" / "as well as" / "along with"
     * ("killed a suspected bomber, a soldier, 4 paramilitaries and 4 civilians"). A group that starts
     * a new statement ("and 5 were wounded", ", a police spokesman said") ends the list.
     * Returns {added, end, reflexive seen (0/1), of the added: attackers}.
     */
    private int[] continuation(Ctx c, int at) {
        long add = 0;
        long attackers = 0;
        int end = at;
        int self = 0;
        int j = at;
        int limit = Math.min(c.to, at + 24);
        while (j < limit) {
            // the rest of the current group: plain words only, up to a joiner
            int words = 0;
            while (j < limit && c.tokens.get(j).kind() == Token.Kind.WORD && !isJoiner(c, j)
                    && c.tollAt[j - c.from] == null && !SUBSET.contains(c.norm(j)) && words < 9) {
                j++;
                words++;
            }
            if (j >= limit || !isJoiner(c, j)) {
                break;
            }
            int k = j + joinerLength(c, j);
            if (k < c.to && c.tokens.get(k).is("and")) {
                k++; // ", and 5 civilians"
            } else if (k < c.to && c.tokens.get(j).is(",") && isJoiner(c, k)) {
                k += joinerLength(c, k); // ", as well as 2 civilians"
            }
            if (k >= c.to) {
                break;
            }
            long value;
            int groupEnd;
            NumberHit next = numbers.read(c.tokens, k, c.to);
            if (next != null && !next.article()) {
                value = next.value();
                groupEnd = next.to();
            } else if ((POSSESSIVES.contains(c.norm(k)) || (c.norm(k).equals("the") && k + 1 < c.to
                    && !c.norm(k + 1).endsWith("s"))) && (!c.tokens.get(j).is(",") || listGoesOn(c, k + 1))) {
                value = 1;
                groupEnd = k + 1;
            } else if (REFLEXIVES.contains(c.norm(k))) {
                value = 1;
                groupEnd = k + 1;
                self = 1;
            } else {
                break;
            }
            if (startsStatement(c, groupEnd)) {
                break;
            }
            for (int u = k; u < groupEnd; u++) {
                c.used[u - c.from] = true;
            }
            if (attackersInGroup(c, groupEnd)) {
                attackers += value;
            }
            add += value;
            end = groupEnd;
            j = groupEnd;
        }
        {
            // extend over the (last) group's noun, for the evidence span
            int q = end;
            while (q < Math.min(c.to, end + 3) && c.tokens.get(q).kind() == Token.Kind.WORD && !isJoiner(c, q)
                    && c.tollAt[q - c.from] == null && !PREPOSITIONS.contains(c.norm(q)) && !c.tokens.get(q).is("of")) {
                q++;
            }
            end = q;
        }
        return new int[] {(int) Math.min(add, Integer.MAX_VALUE), end, self, (int) Math.min(attackers, Integer.MAX_VALUE)};
    }

    /** The words of a list member after its count name attackers: "a suspected bomber", "5 gunmen". */
    private static boolean attackersInGroup(Ctx c, int groupEnd) {
        for (int q = groupEnd; q < Math.min(c.to, groupEnd + 3); q++) {
            if (c.perp(q)) {
                return true;
            }
            if (c.tokens.get(q).kind() != Token.Kind.WORD || isJoiner(c, q)) {
                return false;
            }
        }
        return false;
    }

    /** After ", a ...": an enumeration member is short and followed by another joiner, not an appositive. */
    private static boolean listGoesOn(Ctx c, int at) {
        for (int q = at; q < Math.min(c.to, at + 5); q++) {
            if (isJoiner(c, q)) {
                return true;
            }
            if (c.tokens.get(q).kind() != Token.Kind.WORD) {
                return false;
            }
        }
        return false;
    }

    private static boolean isJoiner(Ctx c, int j) {
        Token t = c.tokens.get(j);
        return t.is(",") || t.is("and") || (t.is("as") && j + 2 < c.to && c.tokens.get(j + 1).is("well")
                && c.tokens.get(j + 2).is("as")) || (t.is("along") && j + 1 < c.to && c.tokens.get(j + 1).is("with"));
    }

    private static int joinerLength(Ctx c, int j) {
        Token t = c.tokens.get(j);
        return t.is("as") ? 3 : t.is("along") ? 2 : 1;
    }

    /** True when the words after a group make it the subject of a new statement. */
    private static boolean startsStatement(Ctx c, int groupEnd) {
        for (int q = groupEnd; q < Math.min(c.to, groupEnd + 4); q++) {
            Token t = c.tokens.get(q);
            if (c.tollAt[q - c.from] != null || SAYING.contains(t.norm())) {
                return true;
            }
            if (t.kind() != Token.Kind.WORD || t.is("and")) {
                return false;
            }
        }
        return false;
    }

    /** A counted subject then a casualty word; attackers counted apart from the victims go to {@code out}. */
    private TollMention passive(Ctx c, NumberHit num, List<TollMention> out) {
        int before = num.from() - 1;
        if (before > c.from && (c.tokens.get(before).is("the") || c.tokens.get(before).is("these"))) {
            before--;
        }
        // "in the 2 attacks, 40 people were killed": a number in a leading phrase is no subject
        boolean leadingPhrase = before >= c.from && PREPOSITIONS.contains(c.norm(before));
        List<Token> tokens = c.tokens;
        int to = c.to;
        long first = num.value();
        long more = 0;
        long attackersMore = 0;
        boolean subset = false;
        boolean relativeClause = false;
        boolean perpetrators = true;
        boolean perpSeen = false;
        boolean moreWord = false;
        int depth = 0;
        int counted = 0;
        int auxAt = -1;
        int[] pending = new int[8];
        int pendingN = 0;
        for (int j = num.to(); j < to && counted < GAP; j++) {
            Token t = tokens.get(j);
            if (t.isBreak() || t.is(";") || t.is(":") || t.is(".")) {
                return null;
            }
            if (t.is("(")) {
                depth++;
                continue;
            }
            if (t.is(")")) {
                depth = Math.max(0, depth - 1);
                continue;
            }
            if (relativeClause) {
                relativeClause = !t.is(",");
                continue;
            }
            if ((t.is("who") || t.is("which")) && j > num.to() && tokens.get(j - 1).is(",")) {
                relativeClause = true; // "a Czech citizen, who died of her wounds in hospital, were killed"
                continue;
            }
            if (SUBSET.contains(t.norm())) {
                if (auxAt >= 0) {
                    return null; // "several children were among those killed": a part of a toll given elsewhere
                }
                subset = true; // "11 people, including 7 police officers and a doctor, were killed"
                continue;
            }
            if (subset || depth > 0) {
                if (t.is(",")) {
                    subset = false;
                }
                if (c.tollAt[j - c.from] == null) {
                    continue;
                }
            }
            counted++;
            if (j < num.to() + 3 && c.perp(j)) {
                perpSeen = true; // "3 gunmen", "three of the attackers"
            }
            if (t.is("not") || t.is("never")) {
                return null; // "two riders crashed but were not seriously hurt"
            }
            if (TIME_CLAUSE.contains(t.norm())) {
                return null; // "took a woman hostage before he was killed": another subject
            }
            if (MORE_WORDS.contains(t.norm()) && !(j + 1 < to && tokens.get(j + 1).is("than"))) {
                moreWord = true;
            }
            Match m = c.tollAt[j - c.from];
            if (m != null) {
                Rule r = m.rule();
                if (!r.passive()) {
                    return null;
                }
                int after = m.to();
                for (int guard = 0; guard < 3 && after < to && c.skipEndByStart[after - c.from] > after; guard++) {
                    after = c.skipEndByStart[after - c.from];
                }
                NumberHit object = after < to ? numbers.read(tokens, after, to) : null;
                if (object != null && !object.article()) {
                    return null; // "gunmen killed 5": the count belongs to the object, not to the subject
                }
                if (num.article() && !(j > 0 && SINGULAR_AUX.contains(tokens.get(j - 1).norm())
                        || j > 1 && SINGULAR_AUX.contains(tokens.get(j - 2).norm()))) {
                    return null;
                }
                for (int u = 0; u < pendingN; u++) {
                    c.used[pending[u] - c.from] = true;
                }
                // "40 people, 6 soldiers and 34 civilians, were killed": a breakdown, not extra groups
                boolean breakdown = more == first && breakdownHead(c, num);
                if (perpetrators && perpSeen) {
                    return new TollMention(r.killed(), breakdown ? first : first + more, num.from(), m.to(),
                            TollMention.Role.PERPETRATORS);
                }
                // "22 civilians, 2 police officers and 5 attackers were killed": 24 victims, 5 attackers
                long attackers = (perpSeen && !breakdown ? first : 0) + attackersMore;
                long victims = (breakdown ? first : perpSeen ? more : first + more) - attackersMore;
                if (victims <= 0) {
                    return new TollMention(r.killed(), attackers, num.from(), m.to(), TollMention.Role.PERPETRATORS);
                }
                addAttackers(out, r.killed(), attackers, num.from(), m.to());
                return new TollMention(r.killed(), victims, num.from(), m.to(),
                        moreWord ? TollMention.Role.MORE : TollMention.Role.VICTIMS);
            }
            if (auxAt >= 0 && j - auxAt > 3) {
                return null; // "100 people were freed ... and 6 gunmen were killed": the verb was not a casualty word
            }
            if (t.is("were") || t.is("was") || t.is("are") || t.is("is")) {
                auxAt = j;
            }
            if (t.is(",") && leadingPhrase) {
                return null;
            }
            if ((t.is("and") || t.is(",")) && j + 1 < to) {
                NumberHit next = numbers.read(tokens, j + 1, to);
                boolean part = next != null && (next.to() < to && tokens.get(next.to()).is("of")
                        || tokens.get(j + 1).is("both") || tokens.get(j + 1).is("all")); // ", both Americans," restates
                if (next != null && !part && auxAt < 0) {
                    more += next.value();
                    boolean attackerGroup = startsWithAttackers(c, next.to());
                    perpetrators &= attackerGroup;
                    attackersMore += attackerGroup ? next.value() : 0;
                    if (pendingN < pending.length) {
                        pending[pendingN++] = next.from();
                    }
                    j = next.to() - 1;
                    continue;
                }
            }
            if (t.kind() == Token.Kind.NUMBER && !isAge(c, j)) {
                return null;
            }
        }
        return null;
    }

    /** "a 32 year old civilian": an age inside the subject, not a second count. */
    private static boolean isAge(Ctx c, int j) {
        return j + 1 < c.to && (c.tokens.get(j + 1).is("year") || c.tokens.get(j + 1).is("years")
                || c.norm(j + 1).startsWith("-year"));
    }

    /** "40 people, 6 soldiers and 34 civilians": a generic first group ("people") then a comma. */
    private static boolean breakdownHead(Ctx c, NumberHit num) {
        int q = num.to();
        if (q < c.to && GENERIC_GROUPS.contains(c.norm(q))) {
            q++;
        }
        return q < c.to && (c.tokens.get(q).is(",") || c.tokens.get(q).is("("));
    }

    /**
     * "Border guard was killed", "he was shot dead by police", "the hostage-taker was killed": a
     * singular subject with no number counts 1. The subject is an attacker when a perpetrator word
     * names it, or when it is "he"/"she" and the agent is police or troops; a bare "he"/"she"
     * without such an agent is skipped (it usually repeats a victim already counted).
     */
    private static void singularSubjects(Ctx c, List<TollMention> out) {
        for (int j = c.from + 1; j < c.to; j++) {
            Match m = c.tollAt[j - c.from];
            if (m == null || !m.rule().passive() || covered(out, j)) {
                continue;
            }
            int aux = j - 1;
            boolean also = false;
            if (aux > c.from && !c.tokens.get(aux).is("was") && !c.tokens.get(aux).is("is")
                    && c.tokens.get(aux).kind() == Token.Kind.WORD) {
                also = MORE_WORDS.contains(c.norm(aux));
                aux--; // "was later killed", "was also killed"
            }
            if (aux <= c.from || !(c.tokens.get(aux).is("was") || c.tokens.get(aux).is("is"))) {
                continue;
            }
            int start = aux;
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
            if (start < 0 || start == aux || negated || c.tokens.get(start).is("one")
                    || c.tokens.get(start).is("a") || c.tokens.get(start).is("an")) {
                continue; // numbered and "a soldier was killed" subjects are read by passive()
            }
            if (pronoun && !perp) {
                perp = agentIsSecurity(c, m.to());
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
     * "the bomber blew himself up" = one attacker killed, unless the sentence already counts him
     * ("killing herself and a soldier").
     */
    private static void selfDetonation(Ctx c, List<TollMention> out) {
        for (int j = c.from; j + 1 < c.to; j++) {
            if (SELF_DETONATION.contains(c.norm(j)) && REFLEXIVES.contains(c.norm(j + 1))) {
                for (int q = c.from; q < c.to; q++) {
                    if (q != j + 1 && REFLEXIVES.contains(c.norm(q)) && covered(out, q)) {
                        return;
                    }
                }
                out.add(new TollMention(true, 1, j, j + 2, TollMention.Role.PERPETRATORS, false));
                return;
            }
        }
    }

    private static boolean covered(List<TollMention> out, int j) {
        for (TollMention t : out) {
            if (t.from() <= j && j < t.to()) {
                return true;
            }
        }
        return false;
    }

    private static boolean agentIsSecurity(Ctx c, int after) {
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
