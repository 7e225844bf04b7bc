package io.incidentalerts.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
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

    public static TextSignature of(String text) {
        List<String> words = words(text == null ? "" : text);
        Set<String> shingles = new HashSet<>();
        if (words.size() < SHINGLE_WORDS) {
            shingles.add(String.join(" ", words));
        } else {
            for (int i = 0; i + SHINGLE_WORDS <= words.size(); i++) {
                shingles.add(String.join(" ", words.subList(i, i + SHINGLE_WORDS)));
            }
        }
        shingles.remove("");
        Set<String> terms = new HashSet<>();
        for (String w : words) {
            if (w.length() >= 3 && !STOP_WORDS.contains(w) && !w.chars().allMatch(Character::isDigit)) {
                terms.add(stem(w));
            }
        }
        return new TextSignature(minHash(shingles, SHINGLE_HASHES), minHash(terms, TERM_HASHES));
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

    static List<String> words(String text) {
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

    /** Folds plurals and simple inflections so "bombs", "bombing" and "bombed" meet. */
    private static String stem(String w) {
        for (String suffix : new String[] {"ings", "ing", "ed", "es", "s"}) {
            if (w.length() - suffix.length() >= 4 && w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    private static int[] minHash(Set<String> items, int hashes) {
        if (items.isEmpty()) {
            return new int[0];
        }
        int[] mins = new int[hashes];
        Arrays.fill(mins, Integer.MAX_VALUE);
        for (String item : items) {
            long base = fnv1a(item);
            for (int i = 0; i < hashes; i++) {
                int h = (int) (mix(base + 0x9E3779B97F4A7C15L * (i + 1)) >>> 33);
                if (h < mins[i]) {
                    mins[i] = h;
                }
            }
        }
        return mins;
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
