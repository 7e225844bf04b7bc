package io.incidentalerts.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * MinHash sketches of an article's text: one over word 3-shingles (near-identical copies share most
 * of them), one over distinct content words (rewrites and follow-ups share the words that name the
 * event even when the sentences differ). Similarity estimates the Jaccard index of the two sets.
 */
public record TextSignature(int[] shingles, int[] terms) {

    static final int SHINGLE_HASHES = 64;
    static final int TERM_HASHES = 64;
    private static final int SHINGLE_WORDS = 3;

    private static final Set<String> STOP_WORDS = Set.of(
            "the", "and", "for", "are", "was", "were", "has", "have", "had", "been", "that", "this", "with",
            "from", "into", "its", "his", "her", "their", "they", "them", "who", "which", "what", "when", "where",
            "said", "says", "say", "after", "before", "over", "under", "about", "also", "not", "but", "than",
            "then", "there", "these", "those", "will", "would", "could", "can", "may", "one", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "least", "more", "most", "other", "some",
            "today", "yesterday", "on", "at", "by", "of", "in", "to", "a", "an", "is", "it", "as", "be", "or",
            "new", "local", "officials", "official", "reported", "reports", "report", "according", "told",
            "media", "news", "agency", "people", "while", "during", "near");
    /** The stop words' {@link #fnv1a} hashes, sorted: words are looked up by the hash already computed. */
    private static final long[] STOP_HASHES = STOP_WORDS.stream().mapToLong(TextSignature::fnv1a).sorted().toArray();
    private static final String[] SUFFIXES = {"ings", "ing", "ed", "es", "s"};

    public static TextSignature of(String text) {
        List<String> words = words(text == null ? "" : text);
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = fnv1a(words.get(i));
        }
        MinHash shingles = new MinHash(SHINGLE_HASHES);
        if (words.size() < SHINGLE_WORDS) {
            if (!words.isEmpty()) {
                shingles.add(shingle(wordHashes, 0, words.size()));
            }
        } else {
            for (int i = 0; i + SHINGLE_WORDS <= words.size(); i++) {
                shingles.add(shingle(wordHashes, i, SHINGLE_WORDS));
            }
        }
        MinHash terms = new MinHash(TERM_HASHES);
        for (int i = 0; i < wordHashes.length; i++) {
            String w = words.get(i);
            if (w.length() >= 3 && Arrays.binarySearch(STOP_HASHES, wordHashes[i]) < 0 && !allDigits(w)) {
                String stem = stem(w);
                terms.add(stem == w ? wordHashes[i] : fnv1a(stem));
            }
        }
        return new TextSignature(shingles.mins(), terms.mins());
    }

    /** Estimated share of word 3-shingles the two texts have in common (0 to 1). */
    public double copySimilarity(TextSignature other) {
        return agreement(shingles, other.shingles);
    }

    /** Estimated share of content words the two texts have in common (0 to 1). */
    public double termSimilarity(TextSignature other) {
        return agreement(terms, other.terms);
    }

    private static double agreement(int[] a, int[] b) {
        if (a.length == 0 || a.length != b.length) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    /** Lower-case runs of letters and digits, accents removed; ASCII text (the usual case) skips the Normalizer. */
    static List<String> words(String text) {
        if (!isAscii(text)) {
            String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                    .toLowerCase(Locale.ROOT);
            List<String> words = new ArrayList<>();
            for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
            return words;
        }
        List<String> words = new ArrayList<>(text.length() / 5);
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && isAsciiLetterOrDigit(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean allDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Folds plurals and simple inflections so "bombs", "bombing" and "bombed" meet. */
    private static String stem(String w) {
        for (String suffix : SUFFIXES) {
            if (w.length() - suffix.length() >= 4 && w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    /** Hash of {@code n} consecutive words, order-sensitive. */
    private static long shingle(long[] wordHashes, int from, int n) {
        long h = 0;
        for (int i = from; i < from + n; i++) {
            h = mix(h ^ wordHashes[i]);
        }
        return h;
    }

    /**
     * The minima of {@code size} hash functions over the items added. Function {@code i} of an item is
     * {@code a + i * b} from two 32-bit halves of one mixed 64-bit hash (double hashing): for every
     * {@code i} these are independent uniform values across items, which is what each minimum needs, at
     * an add a function instead of a full mix. Adding an item twice changes nothing, so no set is kept.
     */
    private static final class MinHash {
        private final int[] mins;
        private boolean empty = true;

        MinHash(int size) {
            mins = new int[size];
            Arrays.fill(mins, Integer.MAX_VALUE);
        }

        void add(long item) {
            long h = mix(item + 0x9E3779B97F4A7C15L);
            int a = (int) h;
            int b = (int) (h >>> 32) | 1;
            for (int i = 0; i < mins.length; i++) {
                int v = (a + i * b) >>> 1;
                if (v < mins[i]) {
                    mins[i] = v;
                }
            }
            empty = false;
        }

        int[] mins() {
            return empty ? new int[0] : mins;
        }
    }

    private static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextSignature t && Arrays.equals(shingles, t.shingles) && Arrays.equals(terms, t.terms);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shingles) + Arrays.hashCode(terms);
    }

    @Override
    public String toString() {
        return "TextSignature[" + shingles.length + " shingle hashes, " + terms.length + " term hashes]";
    }
}
