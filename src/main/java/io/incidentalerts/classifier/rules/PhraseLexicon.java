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

    public void add(Rule rule) {
        for (String variant : RuleFileReader.expand(rule.phrase())) {
            Node node = root;
            for (String word : variant.toLowerCase(Locale.ROOT).split(" +")) {
                node = node.next.computeIfAbsent(word, w -> new Node());
            }
            node.rules.add(rule);
        }
    }

    /** Adds every phrase match that lies within tokens [from, to) to {@code out}. */
    public void matchAll(List<Token> tokens, int from, int to, List<Match> out) {
        for (int i = from; i < to; i++) {
            Node node = root;
            for (int j = i; j < to; j++) {
                Token t = tokens.get(j);
                if (t.kind() == Token.Kind.BREAK || t.norm().isEmpty()) {
                    break;
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
