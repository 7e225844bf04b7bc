package io.incidentalerts.classifier.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the trainer's gzip file: a section per model, opened by "model TAB document" or
 * "model TAB sentence", each with "dimensions", "maxWords" and "bias" lines and then
 * "index TAB weight" rows. A file with no "model" line holds a document model alone.
 */
final class ModelFile {

    private ModelFile() {
    }

    static SecondOpinion resource(String resource) {
        InputStream raw = ModelFile.class.getClassLoader().getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException("missing model on classpath: " + resource);
        }
        return read(raw, resource);
    }

    static SecondOpinion file(Path file) {
        try {
            return read(Files.newInputStream(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    static SecondOpinion read(InputStream raw, String source) {
        Map<String, Section> sections = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            Section current = null;
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException(source + ":" + number + ": not a key TAB value line");
                }
                String key = line.substring(0, tab);
                String value = line.substring(tab + 1);
                if (key.equals("model") || current == null) {
                    String name = key.equals("model") ? value : "document";
                    if (!name.equals("document") && !name.equals("sentence") || sections.containsKey(name)) {
                        throw new IllegalStateException(source + ": unknown or repeated model section: " + name);
                    }
                    current = new Section();
                    sections.put(name, current);
                    if (key.equals("model")) {
                        continue;
                    }
                }
                try {
                    current.take(key, value);
                } catch (IllegalArgumentException | IndexOutOfBoundsException e) { // not a number, out of range
                    throw new IllegalStateException(source + ":" + number + ": bad model line: " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source, e);
        }
        if (!sections.containsKey("document")) {
            throw new IllegalStateException(source + ": no document model");
        }
        Section sentence = sections.get("sentence");
        return new SecondOpinion(sections.get("document").model(source),
                sentence == null ? null : sentence.model(source));
    }

    private static final class Section {
        private float[] weights;
        private int maxWords;
        private double bias;

        void take(String key, String value) {
            switch (key) {
                case "dimensions" -> weights = new float[Integer.parseInt(value)];
                case "maxWords" -> maxWords = Integer.parseInt(value);
                case "bias" -> bias = Double.parseDouble(value);
                default -> {
                    if (weights == null) {
                        throw new IllegalArgumentException("a weight row before the dimensions line");
                    }
                    weights[Integer.parseInt(key)] = Float.parseFloat(value);
                }
            }
        }

        RelevanceModel model(String source) {
            if (weights == null || maxWords <= 0) {
                throw new IllegalStateException(source + ": a model without dimensions or maxWords line");
            }
            return new RelevanceModel(weights, maxWords, bias);
        }
    }
}
