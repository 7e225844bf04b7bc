package io.incidentalerts.classifier.rules;

import io.incidentalerts.classifier.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A trie of token sequences. {@link #matchAll} reports every phrase starting at every token in a
 * range: one hash look-up per token plus one per extra phrase word, so a scan is linear in the text.
 * Immutable after construction, hence safe to share between threads.
 */
public final class PhraseLexicon {

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        final List<Rule> rules = new ArrayList<>(1);
    }

    private final Node root = new Node();
    /**
     * Bit set over {@link #signature} of every phrase's first word: a word whose bit is clear starts
     * no phrase, which is most words, and is skipped without hashing it.
     */
    private final long[] firstWords = new long[1 << 10];

    public void add(Rule rule) {
        for (String variant : RuleFileReader.expand(rule.phrase())) {
            Node node = root;
            for (String word : variant.strip().toLowerCase(Locale.ROOT).split(" +")) { // "{,suspected} militant" starts with a space
                if (node == root) {
                    int sig = signature(word);
                    firstWords[sig >>> 6] |= 1L << sig;
                }
                node = node.next.computeIfAbsent(word, w -> new Node());
            }
            node.rules.add(rule);
        }
    }

    // length and first and last characters: cheap to read, and they spread the words over 2^16 bits
    private static int signature(String word) {
        int n = word.length();
        if (n == 0) {
            return 0;
        }
        return ((word.charAt(0) * 31 + word.charAt(n - 1)) * 37 + n * 1021) & 0xFFFF;
    }

    /** Adds every phrase match that lies within the sentence of tokens [from, to) to {@code out}. */
    public void matchAll(List<Token> tokens, int from, int to, List<Match> out) {
        for (int i = from; i < to; i++) {
            Node node = root;
            for (int j = i; j < to; j++) {
                Token t = tokens.get(j);
                if (t.kind() == Token.Kind.BREAK || t.norm().isEmpty()) {
                    break;
                }
                if (j == i) {
                    int sig = signature(t.norm());
                    if ((firstWords[sig >>> 6] & (1L << sig)) == 0) {
                        break;
                    }
                }
                node = node.next.get(t.norm());
                if (node == null) {
                    break;
                }
                for (Rule r : node.rules) {
                    out.add(new Match(r, i, j + 1));
                }
            }
        }
    }
}
