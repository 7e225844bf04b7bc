package io.incidentalerts.classifier.geo;

import java.util.List;

/**
 * Answers "is this word also written in lower case somewhere in the text?" (then it is an ordinary
 * word). Built on first use as an open-addressing set of the lower-case words' {@link NameHash}es,
 * so no word is folded into a string.
 */
final class LowerCaseWords {

    private final List<Token> tokens;
    private final boolean[] caseless;
    private long[] table;

    LowerCaseWords(List<Token> tokens, boolean[] caseless) {
        this.tokens = tokens;
        this.caseless = caseless;
    }

    boolean contains(long wordHash) {
        if (wordHash == NameHash.NONE) {
            return false;
        }
        if (table == null) {
            build();
        }
        int mask = table.length - 1;
        for (int i = spread(wordHash, mask); ; i = (i + 1) & mask) {
            if (table[i] == NameHash.NONE) {
                return false;
            }
            if (table[i] == wordHash) {
                return true;
            }
        }
    }

    private void build() {
        int size = Integer.highestOneBit(Math.max(16, tokens.size())) << 1; // load factor at most 1/2
        table = new long[size];
        int mask = size - 1;
        for (Token t : tokens) {
            if (t.upperInitial() || caseless[t.line()]) {
                continue;
            }
            long h = t.hash();
            if (h == NameHash.NONE) {
                continue;
            }
            for (int i = spread(h, mask); ; i = (i + 1) & mask) {
                if (table[i] == NameHash.NONE || table[i] == h) {
                    table[i] = h;
                    break;
                }
            }
        }
    }

    private static int spread(long h, int mask) {
        return (int) (h ^ (h >>> 31)) & mask;
    }
}
