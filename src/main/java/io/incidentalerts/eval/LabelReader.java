package io.incidentalerts.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads labelled JSON Lines in the dev-incidents format (blank lines skipped). A row may carry
 * {@code expectedCategory} with one of our category names instead of the list's {@code category},
 * and {@code killedTotal}, the killed figure with the attackers counted in, beside {@code killed}.
 */
public final class LabelReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelReader() {
    }

    public static List<LabelledRow> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param name where the rows come from, for error messages */
    public static List<LabelledRow> read(InputStream in, String name) {
        List<LabelledRow> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (!line.isBlank()) {
                    rows.add(parse(line, name + ":" + no));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static LabelledRow parse(String line, String where) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("bad JSON at " + where, e);
        }
        // our own category names (exact match) win over the dev list's coarse labels
        String category = text(n, "expectedCategory") != null ? text(n, "expectedCategory") : text(n, "category");
        boolean positive = category != null && !(n.has("incident") && !n.get("incident").asBoolean(true));
        return new LabelledRow(text(n, "id") == null ? where : text(n, "id"), text(n, "title"), text(n, "text"),
                positive, text(n, "country"), category, number(n, "killed"), number(n, "injured"),
                number(n, "killedTotal"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.canConvertToInt() ? null : v.asInt();
    }
}
