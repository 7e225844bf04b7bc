package io.incidentalerts.feeds;

import static io.incidentalerts.feeds.Feeds.item;
import static io.incidentalerts.feeds.Feeds.rss;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentalerts.ingest.FeedWorker;
import io.incidentalerts.ingest.WorkerMetrics;
import io.incidentalerts.support.KafkaPerClass;
import io.incidentalerts.support.TopicReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The connector in a real standalone Connect worker, on the real test broker, reading a real HTTP server. */
class FeedConnectorIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final KafkaPerClass kafka = new KafkaPerClass();

    @TempDir
    Path state;

    private final FeedServer server = new FeedServer();
    private final String topic = "feeds-it-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void closeServer() {
        server.close();
    }

    @Test
    void itemsArriveOnceNotModifiedEmitsNothingAndARestartReEmitsNothing() throws Exception {
        server.serve("/a.rss", rss("Feed A",
                item("a-1", "http://news.test/a/1", "First", "<p>One <b>bold</b> line.</p>"),
                item("a-2", "http://news.test/a/2", "Second", "Two."),
                item("a-3", "http://news.test/a/3", "Third", "Three.")));
        server.serveIgnoringValidators("/b.rss", rss("Feed B",
                item(null, "http://news.test/b/1", "B one", "Bee.")));
        try (TopicReader reader = new TopicReader(kafka.bootstrapServers(), topic)) {
            try (FeedWorker worker = worker(Map.of("feed.urls", server.url("/a.rss") + "," + server.url("/b.rss")))) {
                List<ConsumerRecord<byte[], byte[]>> records = reader.readUntil(r -> r.size() >= 4, WAIT);
                JsonNode first = JSON.readTree(records.stream()
                        .filter(r -> key(r).equals("a-1")).findFirst().orElseThrow().value());
                assertThat(first.get("id").asText()).isEqualTo("a-1");
                assertThat(first.get("url").asText()).isEqualTo("http://news.test/a/1");
                assertThat(first.get("source").asText()).isEqualTo("Feed A");
                assertThat(first.get("title").asText()).isEqualTo("First");
                assertThat(first.get("body").asText()).isEqualTo("One bold line.");
                assertThat(first.get("publishedAt").asText()).isEqualTo("2026-11-30T07:40:00Z");

                // The feed is fetched again and again: 304s for A, the same body for B; nothing new.
                await().atMost(WAIT).until(() -> server.notModified("/a.rss") >= 2 && server.requests("/b.rss") >= 3);
                assertThat(reader.readAll(Duration.ofMillis(500))).hasSize(4);

                server.serve("/a.rss", rss("Feed A",
                        item("a-4", "http://news.test/a/4", "Fourth", "Four."),
                        item("a-1", "http://news.test/a/1", "First (edited)", "One, corrected."),
                        item("a-2", "http://news.test/a/2", "Second", "Two.")));
                List<ConsumerRecord<byte[], byte[]>> more = reader.readUntil(r -> r.size() >= 5, WAIT);
                assertThat(key(more.get(4))).as("only the new item; the edited one is no new article").isEqualTo("a-4");
                assertThat(worker.taskStates()).allMatch(s -> s.startsWith("RUNNING"));
            }
            int before = server.requests("/a.rss") + server.requests("/b.rss");
            try (FeedWorker again = worker(Map.of("feed.urls", server.url("/a.rss") + "," + server.url("/b.rss")))) {
                await().atMost(WAIT).until(() -> server.requests("/a.rss") + server.requests("/b.rss") >= before + 4);
                assertThat(reader.readAll(Duration.ofSeconds(1))).as("a restarted worker re-emits nothing")
                        .extracting(FeedConnectorIT::key).containsExactlyInAnyOrder(
                                "a-1", "a-2", "a-3", "http://news.test/b/1", "a-4");

                // A changed body after the restart: the keys remembered in the offsets hold back the old items.
                server.serve("/a.rss", rss("Feed A",
                        item("a-5", "http://news.test/a/5", "Fifth", "Five."),
                        item("a-4", "http://news.test/a/4", "Fourth", "Four."),
                        item("a-1", "http://news.test/a/1", "First", "One.")));
                List<ConsumerRecord<byte[], byte[]>> after = reader.readUntil(r -> r.size() >= 6, WAIT);
                assertThat(key(after.get(5))).isEqualTo("a-5");
                await().atMost(WAIT).until(() -> server.notModified("/a.rss") >= 4);
                assertThat(reader.readAll(Duration.ofMillis(500))).hasSize(6);
            }
        }
    }

    @Test
    void failingGarbageHugeAndStalledFeedsAreIsolatedWhileAGoodFeedKeepsFlowing() throws Exception {
        server.serve("/good.rss", rss("Good", item("g-1", "http://news.test/g/1", "Good one", "Fine.")))
                .failing("/error.rss", 500)
                .serve("/garbage.rss", "this is { not a feed at all <<<")
                .huge("/huge.rss", 50L * 1024 * 1024)
                .stalled("/stalled.rss");
        List<String> bad = List.of("/error.rss", "/garbage.rss", "/huge.rss", "/stalled.rss");
        StringBuilder urls = new StringBuilder(server.url("/good.rss"));
        bad.forEach(p -> urls.append(',').append(server.url(p)));
        try (TopicReader reader = new TopicReader(kafka.bootstrapServers(), topic);
             FeedWorker worker = worker(Map.of("feed.urls", urls.toString(),
                     // long enough that the stalled fetch is still hanging while the good feed changes
                     "request.timeout.ms", "30000",
                     "backoff.initial.ms", "100", "backoff.max.ms", "400"))) {
            reader.readUntil(r -> r.size() >= 1, WAIT);
            await().atMost(WAIT).until(() -> WorkerMetrics.feed(server.url("/error.rss"), "feed-fetch-errors-total") >= 2
                    && WorkerMetrics.feed(server.url("/garbage.rss"), "feed-parse-errors-total") >= 2
                    && WorkerMetrics.feed(server.url("/huge.rss"), "feed-fetch-errors-total") >= 1);
            assertThat(server.requests("/stalled.rss")).isEqualTo(1);

            server.serve("/good.rss", rss("Good", item("g-2", "http://news.test/g/2", "Good two", "Still fine."),
                    item("g-1", "http://news.test/g/1", "Good one", "Fine.")));
            List<ConsumerRecord<byte[], byte[]>> records = reader.readUntil(r -> r.size() >= 2, WAIT);
            assertThat(records).extracting(FeedConnectorIT::key).containsExactly("g-1", "g-2");
            assertThat(WorkerMetrics.feed(server.url("/stalled.rss"), "feed-fetches-total"))
                    .as("the stalled fetch is still hanging").isZero();
            assertThat(WorkerMetrics.feed(server.url("/good.rss"), "feed-items-new-total")).isEqualTo(2);
            assertThat(WorkerMetrics.feed(server.url("/good.rss"), "feed-last-success-timestamp-ms")).isPositive();
            assertThat(worker.taskStates()).allMatch(s -> s.startsWith("RUNNING"));
        }
    }

    @Test
    void trackingParameterVariantsOfOneLinkAreOneArticle() throws Exception {
        server.serve("/utm.rss", rss("Utm",
                item(null, "http://News.Test/story/7?utm_source=rss&utm_medium=feed", "Story", "Seven."),
                item(null, "HTTP://news.test:80/story/7?utm_campaign=x#comments", "Story", "Seven."),
                item(null, "http://news.test/story/7?fbclid=abc", "Story", "Seven."),
                item(null, "http://news.test/story/8?id=2&utm_source=rss", "Other", "Eight.")));
        try (TopicReader reader = new TopicReader(kafka.bootstrapServers(), topic);
             FeedWorker worker = worker(Map.of("feed.urls", server.url("/utm.rss")))) {
            reader.readUntil(r -> r.size() >= 2, WAIT);
            await().atMost(WAIT).until(() -> server.notModified("/utm.rss") >= 1);
            assertThat(reader.readAll(Duration.ofMillis(500))).extracting(FeedConnectorIT::key)
                    .containsExactly("http://news.test/story/7", "http://news.test/story/8?id=2");
            assertThat(WorkerMetrics.feed(server.url("/utm.rss"), "feed-items-repeated-total")).isEqualTo(2);
        }
    }

    @Test
    void aBadSettingIsRefusedWithItsName() {
        assertThatThrownBy(() -> worker(Map.of("feed.urls", "ftp://files.test/feed.xml")))
                .hasMessageContaining("feed.urls").hasMessageContaining("not an http or https URL");
        assertThatThrownBy(() -> worker(Map.of("feed.urls", server.url("/x.rss"), "poll.interval.ms", "-5")))
                .hasMessageContaining("poll.interval.ms");
    }

    private FeedWorker worker(Map<String, String> connector) throws Exception {
        Map<String, String> props = new HashMap<>(connector);
        props.put("topic", topic);
        props.putIfAbsent("poll.interval.ms", "200");
        return FeedWorker.start(Map.of("bootstrap.servers", kafka.bootstrapServers()), state, props, 0,
                Duration.ofSeconds(60));
    }

    private static String key(ConsumerRecord<byte[], byte[]> r) {
        return new String(r.key(), StandardCharsets.UTF_8);
    }
}
