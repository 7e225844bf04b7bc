package io.incidentalerts.classifier.model;

import java.util.zip.CRC32;

/**
 * A logistic regression over hashed word unigrams and bigrams that scores a text as log-odds
 * (above 0 is more likely than not): one of the two halves of the {@link SecondOpinion}. Trained by
 * {@code scripts/model/train-relevance.py}, whose feature definition this class mirrors exactly.
 * Immutable and thread-safe.
 */
public final class RelevanceModel {

    private final float[] weights;
    private final int maxWords;
    private final double bias;

    public RelevanceModel(float[] weights, int maxWords, double bias) {
        this.weights = weights;
        this.maxWords = maxWords;
        this.bias = bias;
    }

    /** No opinion: every score is NaN, which neither accepts nor overrules anything. */
    public static RelevanceModel none() {
        return new RelevanceModel(new float[1], 1, Double.NaN);
    }

    /** Log-odds that the text reports an incident. */
    public double score(CharSequence text) {
        return score(text, 0, text.length());
    }

    /** Log-odds for the chars [from, to) of {@code text}, read as a text of their own (no copy made). */
    public double score(CharSequence text, int from, int to) {
        FeatureSet seen = new FeatureSet();
        CRC32 crc = new CRC32();
        StringBuilder previous = new StringBuilder();
        StringBuilder word = new StringBuilder();
        int count = 0;
        for (int i = from; i <= to && count < maxWords; i++) {
            char c = i < to ? Character.toLowerCase(text.charAt(i)) : ' ';
            if (c >= 'a' && c <= 'z') {
                word.append(c);
                continue;
            }
            if (word.length() == 0) {
                continue;
            }
            seen.add(index(crc, "u:", word, null));
            if (previous.length() > 0) {
                seen.add(index(crc, "b:", previous, word));
            }
            previous.setLength(0);
            previous.append(word);
            word.setLength(0);
            count++;
        }
        if (seen.size() == 0) {
            return bias;
        }
        double sum = 0;
        for (int k = 0; k < seen.size(); k++) {
            sum += weights[seen.get(k)];
        }
        return bias + sum / Math.sqrt(seen.size());
    }

    /** CRC32 of the UTF-8 bytes of prefix + first [+ " " + second], modulo the dimensions (a-z only, so one byte a char). */
    private int index(CRC32 crc, String prefix, CharSequence first, CharSequence second) {
        crc.reset();
        ascii(crc, prefix);
        ascii(crc, first);
        if (second != null) {
            crc.update(' ');
            ascii(crc, second);
        }
        return (int) (crc.getValue() % weights.length);
    }

    private static void ascii(CRC32 crc, CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            crc.update(s.charAt(i));
        }
    }
}
