package io.incidentalerts.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.incidentalerts.alert.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark input of wire-story length: each bundled sample article (incidents in several regions and
 * everyday news) keeps its own title and lead, and gets later paragraphs from {@code bench/paragraphs.txt}
 * until it is about {@link #TARGET_BYTES} long. The paragraph order rotates, so the first
 * samples x paragraphs records are all different texts.
 */
public final class BenchArticles {

    public static final int TARGET_BYTES = 3_000;
    private static final String SAMPLES = "/samples/articles.jsonl";
    private static final String PARAGRAPHS = "/bench/paragraphs.txt";

    private final List<ObjectNode> samples;
    private final List<String> paragraphs;

    private BenchArticles(List<ObjectNode> samples, List<String> paragraphs) {
        this.samples = samples;
        this.paragraphs = paragraphs;
    }

    public static BenchArticles load() {
        List<ObjectNode> samples = new ArrayList<>();
        for (String line : lines(SAMPLES)) {
            try {
                samples.add((ObjectNode) Json.MAPPER.readTree(line));
            } catch (IOException e) {
                throw new UncheckedIOException("bad sample line in " + SAMPLES, e);
            }
        }
        List<String> paragraphs = lines(PARAGRAPHS).stream().filter(l -> !l.startsWith("#")).toList();
        return new BenchArticles(List.copyOf(samples), paragraphs);
    }

    private static final java.time.Instant FIRST_PUBLISHED = java.time.Instant.parse("0100-01-01T00:00:00Z");
    private static final java.time.Duration PUBLISH_GAP = java.time.Duration.ofHours(73);
    private final java.util.concurrent.atomic.AtomicLong published = new java.util.concurrent.atomic.AtomicLong();

    /** Distinct texts before the records repeat (with fresh ids). */
    public int variety() {
        return samples.size() * paragraphs.size();
    }

    /** {@code n} input records (article JSON, UTF-8) with ids {@code idPrefix + i}. */
    public List<byte[]> records(int n, String idPrefix) {
        List<byte[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(record(i, idPrefix + i));
        }
        return out;
    }

    private byte[] record(int i, String id) {
        ObjectNode article = samples.get(i % samples.size()).deepCopy();
        article.put("id", id);
        // Each record is its own incident: publish times further apart than the identity window, in the past.
        article.put("publishedAt", FIRST_PUBLISHED.plus(PUBLISH_GAP.multipliedBy(published.getAndIncrement())).toString());
        StringBuilder body = new StringBuilder(article.path("body").asText(""));
        int p = (i / samples.size()) % paragraphs.size();
        while (body.length() + article.path("title").asText("").length() < TARGET_BYTES - 200) {
            body.append("\n\n").append(paragraphs.get(p));
            p = (p + 1) % paragraphs.size();
        }
        article.put("body", body.toString());
        try {
            return Json.MAPPER.writeValueAsBytes(article);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String resource) {
        try (InputStream in = BenchArticles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
