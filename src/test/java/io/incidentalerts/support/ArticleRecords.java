package io.incidentalerts.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.incidentalerts.alert.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Input records for tests: articles as the input topic carries them. */
public final class ArticleRecords {

    private ArticleRecords() {
    }

    public static byte[] json(String id, String title, String body) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", id).put("title", title).put("body", body)
                .put("source", "Test Wire").put("url", "https://example.org/" + id)
                .put("publishedAt", "2024-05-01T10:00:00Z").put("language", "en");
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The bundled demo samples, one raw record per line; the first is the Almaty wire story. */
    public static List<byte[]> samples() {
        try (InputStream in = ArticleRecords.class.getResourceAsStream("/samples/articles.jsonl")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(all.split("\n")).filter(l -> !l.isBlank())
                    .map(l -> l.getBytes(StandardCharsets.UTF_8)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] almaty() {
        return samples().get(0);
    }
}
