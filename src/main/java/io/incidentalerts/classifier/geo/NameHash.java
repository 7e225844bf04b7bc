package io.incidentalerts.classifier.geo;

/**
 * 64-bit hashes of folded name keys, computable straight from the text without building strings.
 * A key's hash joins its words' hashes, so a name of several words is extended word by word.
 * With about a million indexed keys, a false match of some text word is about one in 10^13.
 */
final class NameHash {

    /** No hash: the word cannot be part of a name. */
    static final long NONE = 0;

    private static final long PRIME = 0x100000001b3L;
    private static final long SEED = 0xcbf29ce484222325L;

    private NameHash() {
    }

    /** Hash of one already-folded word (as {@link NameKeys#fold} returns it). */
    static long folded(CharSequence word, int from, int to) {
        long h = SEED;
        for (int i = from; i < to; i++) {
            h = (h ^ word.charAt(i)) * PRIME;
        }
        return finish(h, to - from);
    }

    /**
     * Hash of a plain-ASCII word as it stands in the text: letters are lower-cased and other
     * characters (apostrophes) skipped, as folding does. Returns {@link #NONE} when a character is
     * outside ASCII: the caller then folds the word properly.
     */
    static long asciiWord(String text, int from, int to) {
        long h = SEED;
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return NONE;
            }
            if (c >= 'A' && c <= 'Z') {
                c += 32;
            } else if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
                continue;
            }
            h = (h ^ c) * PRIME;
            n++;
        }
        return n == 0 ? NONE : finish(h, n);
    }

    /** Hash of a whole folded key ("san salvador"): its words joined. */
    static long key(String key) {
        long h = NONE;
        int start = 0;
        for (int i = 0; i <= key.length(); i++) {
            if (i == key.length() || key.charAt(i) == ' ') {
                if (i > start) {
                    long w = folded(key, start, i);
                    h = h == NONE ? w : join(h, w);
                }
                start = i + 1;
            }
        }
        return h;
    }

    /** Hash of a name extended by one more word. */
    static long join(long name, long word) {
        return mix(name * 0x9e3779b97f4a7c15L + word) | 1;
    }

    private static long finish(long h, int length) {
        return mix(h + length) | 1; // odd: never NONE
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
