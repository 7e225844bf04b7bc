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

    /** Starts a word hash fed one folded character at a time (by the tokenizer's own scan). */
    static Builder builder() {
        return new Builder();
    }

    /** A word hash under construction; {@link #done()} equals {@link #folded} over the same characters. */
    static final class Builder {
        private long h = SEED;
        private int n;

        void add(char folded) {
            h = (h ^ folded) * PRIME;
            n++;
        }

        long done() {
            return n == 0 ? NONE : finish(h, n);
        }
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
