package io.incidentalerts.classifier.geo;

import java.util.Set;

/** A small set of folded words tested against text tokens by {@link NameHash}, with no string built. */
final class WordSet {

    private final long[] table;
    private final int mask;

    private WordSet(Set<String> words) {
        table = new long[Integer.highestOneBit(Math.max(8, words.size() * 4)) << 1];
        mask = table.length - 1;
        for (String w : words) {
            long h = NameHash.key(w);
            int i = spread(h);
            while (table[i] != NameHash.NONE && table[i] != h) {
                i = (i + 1) & mask;
            }
            table[i] = h;
        }
    }

    static WordSet of(Set<String> words) {
        return new WordSet(words);
    }

    static WordSet of(String... words) {
        return new WordSet(Set.of(words));
    }

    /** Whether the token (which may be null) is one of the words. */
    boolean contains(Token t) {
        if (t == null) {
            return false;
        }
        long h = t.hash();
        if (h == NameHash.NONE) {
            return false;
        }
        for (int i = spread(h); ; i = (i + 1) & mask) {
            if (table[i] == h) {
                return true;
            }
            if (table[i] == NameHash.NONE) {
                return false;
            }
        }
    }

    private int spread(long h) {
        return (int) (h ^ (h >>> 27)) & mask;
    }
}
