package io.incidentalerts.classifier.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated rule files under {@code classifier/} on the classpath: '#' starts a
 * comment, blank lines are skipped, columns are separated by one or more tabs. A phrase may use a
 * brace group to list word endings: "kidnap{,s,ped,ping}" expands to four phrases.
 */
public final class RuleFileReader {

    private RuleFileReader() {
    }

    public static List<String[]> read(String resource) {
        InputStream in = RuleFileReader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing rule file on classpath: " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.strip().split("\t+");
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = cols[i].strip();
                }
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return rows;
    }

    /** Expands the first brace group of a phrase, recursively: "bomb{,s,ing}" -> bomb, bombs, bombing. */
    public static List<String> expand(String phrase) {
        int open = phrase.indexOf('{');
        int close = phrase.indexOf('}', open + 1);
        List<String> out = new ArrayList<>();
        if (open < 0 || close < 0) {
            out.add(phrase);
            return out;
        }
        String head = phrase.substring(0, open);
        String tail = phrase.substring(close + 1);
        for (String alt : phrase.substring(open + 1, close).split(",", -1)) {
            out.addAll(expand(head + alt.strip() + tail));
        }
        return out;
    }
}
