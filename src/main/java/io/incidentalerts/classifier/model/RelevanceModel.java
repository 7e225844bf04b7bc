package io.incidentalerts.classifier.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

/**
 * The classifier's learned second opinion: a logistic regression over hashed word unigrams and
 * bigrams that scores how likely a full-length wire story reports an incident (log-odds; above 0
 * is more likely than not). Trained by {@code scripts/model/train-relevance.py}, whose feature
 * definition this class mirrors exactly. Immutable and thread-safe.
 */
public final class RelevanceModel {

    public static final String DEFAULT_RESOURCE = "classifier/model/relevance.tsv.gz";

    private final float[] weights;
    private final int maxWords;
    private final double bias;

    public RelevanceModel(float[] weights, int maxWords, double bias) {
        this.weights = weights;
        this.maxWords = maxWords;
        this.bias = bias;
    }

    public static RelevanceModel loadDefault() {
        InputStream raw = RelevanceModel.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE);
        if (raw == null) {
            throw new IllegalStateException("missing model on classpath: " + DEFAULT_RESOURCE);
        }
        return read(raw, DEFAULT_RESOURCE);
    }

    /** A model file written by the trainer (for cross-validation and experiments). */
    public static RelevanceModel fromFile(Path file) {
        try {
            return read(Files.newInputStream(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    /** No second opinion: every score is NaN, which neither accepts nor overrules anything. */
    public static RelevanceModel none() {
        return new RelevanceModel(new float[1], 1, Double.NaN);
    }

    /** Reads the trainer's output: "dimensions", "maxWords" and "bias" lines, then "index TAB weight" rows. */
    static RelevanceModel read(InputStream raw, String resource) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            float[] w = null;
            int words = 0;
            double b = 0;
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                String key = line.substring(0, tab);
                String value = line.substring(tab + 1);
                switch (key) {
                    case "dimensions" -> w = new float[Integer.parseInt(value)];
                    case "maxWords" -> words = Integer.parseInt(value);
                    case "bias" -> b = Double.parseDouble(value);
                    default -> w[Integer.parseInt(key)] = Float.parseFloat(value);
                }
            }
            if (w == null || words <= 0) {
                throw new IllegalStateException(resource + ": no dimensions or maxWords line");
            }
            return new RelevanceModel(w, words, b);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** Log-odds that the text reports an incident. */
    public double score(CharSequence text) {
        FeatureSet seen = new FeatureSet();
        CRC32 crc = new CRC32();
        StringBuilder previous = new StringBuilder();
        StringBuilder word = new StringBuilder();
        int count = 0;
        for (int i = 0; i <= text.length() && count < maxWords; i++) {
            char c = i < text.length() ? Character.toLowerCase(text.charAt(i)) : ' ';
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
