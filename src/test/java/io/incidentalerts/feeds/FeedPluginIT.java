package io.incidentalerts.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentalerts.support.KafkaPerClass;
import io.incidentalerts.support.TopicReader;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged plugin ({@code mvn package} builds it) in a stock Connect worker: a separate JVM whose
 * class path has Kafka Connect but none of the project's classes nor the connector's libraries, so the
 * connector can only come from {@code plugin.path}, loaded in Connect's plugin isolation.
 */
class FeedPluginIT {

    private static final Path PLUGIN_PATH = Path.of("target/incident-alerts-feed-connector");
    private static final Path PLUGIN = PLUGIN_PATH.resolve("incident-alerts-feed-connector");

    @RegisterExtension
    static final KafkaPerClass kafka = new KafkaPerClass();

    @TempDir
    Path dir;

    @Test
    void theFolderHoldsOnlyWhatAWorkerLacks() throws IOException {
        assertThat(PLUGIN.resolve("lib")).as("run mvn package first").isDirectory();
        try (Stream<Path> jars = Files.list(PLUGIN.resolve("lib"))) {
            assertThat(jars.map(p -> p.getFileName().toString()))
                    .allMatch(n -> n.startsWith("incident-alerts-feed-connector") || n.startsWith("rome")
                            || n.startsWith("jdom2") || n.startsWith("jsoup"))
                    .noneMatch(n -> n.startsWith("kafka") || n.startsWith("connect") || n.startsWith("slf4j"));
        }
        assertThat(Path.of("target/incident-alerts-feed-connector.zip")).isRegularFile();
    }

    @Test
    void aStockWorkerLoadsThePluginFromPluginPathAndPublishesTheFeed() throws Exception {
        assertThat(PLUGIN.resolve("lib")).as("run mvn package first").isDirectory();
        String topic = "plugin-it-" + UUID.randomUUID().toString().substring(0, 8);
        int rest = freePort();
        try (FeedServer server = new FeedServer()) {
            server.serve("/p.rss", Feeds.rss("Plugin", Feeds.item("p-1", "http://news.test/p/1", "One", "Uno."),
                    Feeds.item("p-2", "http://news.test/p/2", "Two", "Dos.")));
            Path worker = Files.writeString(dir.resolve("worker.properties"), String.join("\n",
                    "bootstrap.servers=" + kafka.bootstrapServers(),
                    "key.converter=org.apache.kafka.connect.storage.StringConverter",
                    "value.converter=org.apache.kafka.connect.json.JsonConverter",
                    "value.converter.schemas.enable=false",
                    "offset.storage.file.filename=" + dir.resolve("offsets"),
                    "offset.flush.interval.ms=1000",
                    "listeners=http://localhost:" + rest,
                    "plugin.path=" + PLUGIN_PATH.toAbsolutePath(),
                    // the plugin declares its connector in META-INF/services: no need to scan every jar
                    "plugin.discovery=service_load"));
            Path connector = Files.writeString(dir.resolve("connector.properties"), String.join("\n",
                    "name=feeds",
                    "connector.class=io.incidentalerts.feeds.FeedSourceConnector",
                    "tasks.max=1",
                    "topic=" + topic,
                    "topic.creation.default.partitions=-1",
                    "topic.creation.default.replication.factor=-1",
                    "feed.urls=" + server.url("/p.rss"),
                    "poll.interval.ms=500"));
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dlogback.configurationFile=" + Path.of("src/test/resources/logback-test.xml").toAbsolutePath(),
                    "-cp", workerClassPath(),
                    "org.apache.kafka.connect.cli.ConnectStandalone", worker.toString(), connector.toString()));
            Path log = dir.resolve("worker.log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try (TopicReader reader = new TopicReader(kafka.bootstrapServers(), topic)) {
                assertThat(reader.readUntil(r -> r.size() >= 2, Duration.ofSeconds(120)))
                        .extracting(r -> new String(r.key(), StandardCharsets.UTF_8)).containsExactly("p-1", "p-2");
                String plugins = get("http://localhost:" + rest + "/connector-plugins");
                assertThat(plugins).contains("io.incidentalerts.feeds.FeedSourceConnector");
                await().atMost(Duration.ofSeconds(30)).until(() -> server.notModified("/p.rss") >= 1);
                assertThat(reader.readAll(Duration.ofMillis(500))).hasSize(2);
            } finally {
                process.destroy();
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
                if (process.exitValue() != 0 && process.exitValue() != 143) {
                    System.err.println(Files.readString(log));
                }
            }
        }
    }

    /** This test's class path less the project's classes and the libraries the plugin brings itself. */
    private static String workerClassPath() {
        String full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, Arrays.stream(full.split(File.pathSeparator))
                .filter(e -> !e.contains("incident-alerts") && !e.endsWith("classes") && !e.endsWith("test-classes"))
                .filter(e -> !e.contains("rometools") && !e.contains("jdom2") && !e.contains("jsoup"))
                .toList());
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
