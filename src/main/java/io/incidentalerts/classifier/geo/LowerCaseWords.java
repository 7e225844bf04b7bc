package io.incidentalerts.classifier.geo;

import java.util.List;

/**
 * Answers "is this word also written in lower case somewhere in the text?" (then it is an ordinary
 * word). Built on first use as an open-addressing set of case-folded hashes of the lower-case words,
 * so that no word has to be folded into a String.
 */
final class LowerCaseWords {

    private final String text;
    private final List<Token> tokens;
    private final boolean[] caseless;
    private long[] table;
    private boolean hasAccentedWords;

    LowerCaseWords(String text, List<Token> tokens, boolean[] caseless) {
        this.text = text;
        this.tokens = tokens;
        this.caseless = caseless;
    }

    boolean contains(String key, int exceptToken) {
        if (table == null) {
            build();
        }
        if (probe(hash(key, 0, key.length())) && sureMatch(key, exceptToken)) {
            return true;
        }
        return hasAccentedWords && slowContains(key, exceptToken);
    }

    private void build() {
        int size = Integer.highestOneBit(Math.max(16, tokens.size() * 2)) << 1;
        table = new long[size];
        for (Token t : tokens) {
            if (isLower(t)) {
                if (isAscii(t)) {
                    insert(hash(text, t.start(), t.end()));
                } else {
                    hasAccentedWords = true;
                }
            }
        }
    }

    private boolean isLower(Token t) {
        return !t.upperInitial() && !caseless[t.line()];
    }

    private boolean isAscii(Token t) {
        for (int i = t.start(); i < t.end(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    // Hash collisions are confirmed by comparing the words themselves.
    private boolean sureMatch(String key, int exceptToken) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i != exceptToken && isLower(t) && t.end() - t.start() == key.length()
                    && text.regionMatches(true, t.start(), key, 0, key.length())) {
                return true;
            }
        }
        return false;
    }

    private boolean slowContains(String key, int exceptToken) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i != exceptToken && isLower(t) && !isAscii(t) && key.equals(t.key())) {
                return true;
            }
        }
        return false;
    }

    private static long hash(CharSequence s, int from, int to) {
        long h = 1125899906842597L;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return h == 0 ? 1 : h;
    }

    private void insert(long h) {
        int mask = table.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (table[i] == 0 || table[i] == h) {
                table[i] = h;
                return;
            }
        }
    }

    private boolean probe(long h) {
        int mask = table.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (table[i] == 0) {
                return false;
            }
            if (table[i] == h) {
                return true;
            }
        }
    }
}
