package io.incidentalerts.classifier.toll;

import io.incidentalerts.classifier.rules.Match;
import io.incidentalerts.classifier.rules.RuleKind;
import io.incidentalerts.classifier.text.Token;
import java.util.List;

/**
 * One sentence as the toll readers see it: its tokens [from, to) and the lexicon matches indexed by
 * position (casualty words by start and end, skip words, perpetrator and official words), plus the
 * tokens already used by a statement.
 */
final class TollSentence {

    /** The text the tokens index, or null. */
    final String text;
    final List<Token> tokens;
    final int from;
    final int to;
    final Match[] tollAt;
    final Match[] tollByEnd;
    final int[] skipStartByEnd;
    final int[] skipEndByStart;
    final boolean[] perpAt;
    final boolean[] officialAt;
    final boolean[] used;

    private TollSentence(String text, List<Token> tokens, int from, int to, Match[] tollAt, Match[] tollByEnd,
            int[] skipStartByEnd, int[] skipEndByStart, boolean[] perpAt, boolean[] officialAt, boolean[] used) {
        this.text = text;
        this.tokens = tokens;
        this.from = from;
        this.to = to;
        this.tollAt = tollAt;
        this.tollByEnd = tollByEnd;
        this.skipStartByEnd = skipStartByEnd;
        this.skipEndByStart = skipEndByStart;
        this.perpAt = perpAt;
        this.officialAt = officialAt;
        this.used = used;
    }

    /** The sentence's index of TOLL, TOLL_SKIP, OFFICIAL and PERPETRATOR matches, or null when it has no casualty word. */
    static TollSentence of(String text, List<Token> tokens, int from, int to, List<Match> matches) {
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
        return anyToll ? new TollSentence(text, tokens, from, to, tollAt, tollByEnd, skipStartByEnd, skipEndByStart,
                perpAt, officialAt, new boolean[n]) : null;
    }

    boolean perp(int i) {
        return perpAt != null && i >= from && i < to && perpAt[i - from];
    }

    /** A title opens at i, or after one modifier: "mayor", "Russian ambassador". */
    boolean namesOfficial(int i) {
        return officialAt != null && ((i >= from && i < to && officialAt[i - from])
                || (i + 1 < to && i >= from && officialAt[i + 1 - from]));
    }

    /** True when token i is written with a capital (see {@link #caseless()} for whether that means anything). */
    boolean upperInitial(int i) {
        return text != null && Character.isUpperCase(text.charAt(tokens.get(i).start()));
    }

    /** No word of the sentence starts lower case: all-caps wire copy, or a text given without its case. */
    boolean caseless() {
        if (text == null) {
            return true;
        }
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.WORD && Character.isLowerCase(text.charAt(t.start()))) {
                return false;
            }
        }
        return true;
    }

    String norm(int i) {
        return tokens.get(i).norm();
    }

    /** True when a statement already read covers token j. */
    static boolean covered(List<TollMention> out, int j) {
        for (TollMention t : out) {
            if (t.from() <= j && j < t.to()) {
                return true;
            }
        }
        return false;
    }
}
