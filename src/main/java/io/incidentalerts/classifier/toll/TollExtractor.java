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
 */
public final class TollExtractor {

    private static final int GAP = 14;
    private static final Set<String> SUBSET = Set.of("including", "among", "whom", "them");
    private static final Set<String> NEGATORS = Set.of("no", "not", "none", "nobody");
    private static final Set<String> SINGULAR_AUX = Set.of("was", "is", "been", "has", "reportedly");
    private static final Set<String> POSSESSIVES = Set.of("a", "an", "his", "her", "their", "its", "one");

    private final NumberReader numbers;

    public TollExtractor(NumberReader numbers) {
        this.numbers = numbers;
    }

    /**
     * @param tokens  all tokens
     * @param from    first token of the sentence
     * @param to      end token (exclusive)
     * @param matches lexicon matches of the sentence; TOLL and TOLL_SKIP ones are used
     */
    public List<TollMention> extract(List<Token> tokens, int from, int to, List<Match> matches) {
        int n = to - from;
        Match[] tollAt = new Match[n];
        int[] skipStartByEnd = new int[n + 1];
        java.util.Arrays.fill(skipStartByEnd, -1);
        int[] skipEndByStart = new int[n + 1];
        Match[] tollByEnd = new Match[n + 1];
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
            }
        }
        List<TollMention> out = new ArrayList<>(2);
        if (!anyToll) {
            return out;
        }
        boolean[] used = new boolean[n];
        for (int i = from; i < to; i++) {
            if (used[i - from]) {
                continue;
            }
            NumberHit num = numbers.read(tokens, i, to);
            if (num == null) {
                continue;
            }
            if (i > from && (NEGATORS.contains(tokens.get(i - 1).norm()) || SUBSET.contains(tokens.get(i - 1).norm())
                    || tokens.get(i - 1).is(":"))) {
                i = num.to() - 1;
                continue;
            }
            Match verb = activeVerbBefore(i, from, tollByEnd, skipStartByEnd);
            if (verb != null) {
                long sum = num.value();
                int end = num.to();
                int[] more = continuation(tokens, end, to, tollAt, from, used);
                sum += more[0];
                end = Math.max(end, more[1]);
                out.add(new TollMention(verb.rule().killed(), sum, verb.from(), end));
                i = end - 1;
                continue;
            }
            TollMention passive = passive(tokens, num, to, tollAt, skipEndByStart, from, used);
            if (passive != null) {
                out.add(passive);
                i = passive.to() - 1;
            }
        }
        return out;
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

    /** After an active object: "and 5 soldiers" or "and a policeman" not followed by a casualty word. Returns {added, end}. */
    private int[] continuation(List<Token> tokens, int at, int to, Match[] tollAt, int from, boolean[] used) {
        int j = at;
        int limit = Math.min(to, at + 5);
        while (j < limit && tokens.get(j).kind() == Token.Kind.WORD && !tokens.get(j).is("and")
                && tollAt[j - from] == null) {
            j++;
        }
        if (j + 1 >= to || !tokens.get(j).is("and")) {
            return new int[] {0, at};
        }
        int k = j + 1;
        long add;
        int end;
        NumberHit next = numbers.read(tokens, k, to);
        if (next != null && !next.article()) {
            add = next.value();
            end = next.to();
        } else if (POSSESSIVES.contains(tokens.get(k).norm())) {
            add = 1;
            end = k + 1;
        } else {
            return new int[] {0, at};
        }
        // the added group must end the clause, not start a new casualty statement
        int q = end;
        int qLimit = Math.min(to, end + 4);
        while (q < qLimit && tokens.get(q).kind() == Token.Kind.WORD && tollAt[q - from] == null
                && !tokens.get(q).is("were") && !tokens.get(q).is("was") && !tokens.get(q).is("and")) {
            q++;
        }
        if (q < to && (tollAt[q - from] != null || tokens.get(q).is("were") || tokens.get(q).is("was"))) {
            return new int[] {0, at};
        }
        for (int u = k; u < end; u++) {
            used[u - from] = true;
        }
        return new int[] {(int) Math.min(add, Integer.MAX_VALUE), q};
    }

    private TollMention passive(List<Token> tokens, NumberHit num, int to, Match[] tollAt, int[] skipEndByStart,
            int from, boolean[] used) {
        long first = num.value();
        long more = 0;
        boolean subset = false;
        int depth = 0;
        int counted = 0;
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
            if (SUBSET.contains(t.norm())) {
                subset = true; // "11 people, including 7 police officers and a doctor, were killed"
                continue;
            }
            if (subset || depth > 0) {
                if (t.is(",")) {
                    subset = false;
                }
                if (tollAt[j - from] == null) {
                    continue;
                }
            }
            counted++;
            Match m = tollAt[j - from];
            if (m != null) {
                Rule r = m.rule();
                if (!r.passive()) {
                    return null;
                }
                int after = m.to();
                for (int guard = 0; guard < 3 && after < to && skipEndByStart[after - from] > after; guard++) {
                    after = skipEndByStart[after - from];
                }
                NumberHit object = after < to ? numbers.read(tokens, after, to) : null;
                if (object != null && !object.article()) {
                    return null; // "gunmen killed 5": the count belongs to the object, not to the subject
                }
                if (num.article() && !(j > 0 && SINGULAR_AUX.contains(tokens.get(j - 1).norm()))) {
                    return null;
                }
                // "40 people, 6 soldiers and 34 civilians, were killed": a breakdown, not extra groups
                long total = more == first ? first : first + more;
                return new TollMention(r.killed(), total, num.from(), m.to());
            }
            if ((t.is("and") || t.is(",")) && j + 1 < to) {
                NumberHit next = numbers.read(tokens, j + 1, to);
                boolean part = next != null && next.to() < to && tokens.get(next.to()).is("of");
                if (next != null && !part && (t.is("and") || !next.article())) {
                    more += next.value();
                    for (int u = next.from(); u < next.to(); u++) {
                        used[u - from] = true;
                    }
                    j = next.to() - 1;
                    continue;
                }
            }
            if (t.kind() == Token.Kind.NUMBER) {
                return null;
            }
        }
        return null;
    }
}
