package io.incidentalerts.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentalerts.alert.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Families of articles about one event, written for the tests (src/test/resources/stories): copies from
 * several outlets, rewrites, follow-ups with a higher toll or a sharper place, and an unrelated incident
 * in the same city on the same day.
 */
public final class Stories {

    private Stories() {
    }

    /** Kirkuk market car bomb (wire, edited copy, rewrite, two toll follow-ups) and a kidnapping there that evening. */
    public static Map<String, byte[]> kirkuk() {
        return load("kirkuk");
    }

    /** Zamfara village abduction: wire, copy, then a report that names the town (Gusau). */
    public static Map<String, byte[]> zamfara() {
        return load("zamfara");
    }

    /** A checkpoint attack whose text names no place: the wire and an edited copy. */
    public static Map<String, byte[]> unlocated() {
        return load("unlocated");
    }

    public static Map<String, byte[]> load(String family) {
        try (InputStream in = Stories.class.getResourceAsStream("/stories/" + family + ".jsonl")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, byte[]> byId = new LinkedHashMap<>();
            for (String line : Arrays.stream(all.split("\n")).filter(l -> !l.isBlank()).toList()) {
                JsonNode node = Json.MAPPER.readTree(line);
                byId.put(node.get("id").asText(), line.getBytes(StandardCharsets.UTF_8));
            }
            return byId;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
