package io.incidentalerts.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.incidentalerts.IncidentService;
import io.incidentalerts.alert.AlertCodec;
import io.incidentalerts.alert.AlertData;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.support.KafkaPerClass;
import io.incidentalerts.support.ServiceConfigs;
import io.incidentalerts.support.TopicReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * End to end: the bundled sample feed served over HTTP, {@code ingest --once} against a running
 * service, the attack items come out as alerts; a second run publishes nothing.
 */
class IngestCommandIT {

    @RegisterExtension
    static final KafkaPerClass kafka = new KafkaPerClass();

    @TempDir
    Path serviceState;

    @TempDir
    Path ingestState;

    @Test
    void aServedFeedBecomesAlertsAndASecondRunAddsNoArticle() throws Exception {
        String prefix = "ingest-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        HttpServer feeds = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        feeds.createContext("/world-wire.rss", exchange -> {
            try (exchange; InputStream in = getClass().getResourceAsStream("/feeds/samples/world-wire.rss")) {
                byte[] body = in.readAllBytes();
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (IOException e) {
                // client gone
            }
        });
        feeds.start();
        String url = "http://localhost:" + feeds.getAddress().getPort() + "/world-wire.rss";
        try (IncidentService service = IncidentService.start(
                ServiceConfigs.isolated(kafka.bootstrapServers(), prefix, serviceState, Map.of()),
                IncidentClassifier.loadDefault(), Clock.systemUTC());
             TopicReader alerts = new TopicReader(kafka.bootstrapServers(), prefix + "alerts");
             TopicReader articles = new TopicReader(kafka.bootstrapServers(), prefix + "articles")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> service.state() == KafkaStreams.State.RUNNING);

            String first = ingest(url, prefix);
            assertThat(first).contains(url + ": 3 new, 0 seen before").contains("Published 3 new articles.");
            List<ConsumerRecord<byte[], byte[]>> out = alerts.readUntil(r -> r.size() >= 2, Duration.ofSeconds(90));
            List<AlertData> decoded = out.stream().map(r -> AlertCodec.decode(r.value())).toList();
            assertThat(decoded).extracting(a -> a.location().city()).contains("Maiduguri", "Quetta");
            assertThat(decoded).extracting(AlertData::articleId)
                    .contains("sample-world-wire-0001", "http://localhost/world/quetta-car-bomb");

            String second = ingest(url, prefix);
            // The server sends no validators; the body hash kept in the offsets tells the feed is unchanged.
            assertThat(second).contains(url + ": 0 new, 0 seen before, 1 not modified").contains("Published 0 new articles.");
            assertThat(articles.readAll(Duration.ofSeconds(1))).as("no article added by the second run").hasSize(3);
        } finally {
            feeds.stop(0);
        }
    }

    private String ingest(String url, String prefix) {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        int exit = cli.execute("ingest", "--feed", url, "--once", "-b", kafka.bootstrapServers(),
                "--state-dir", ingestState.toString(), "--set", "topic.input=" + prefix + "articles");
        assertThat(exit).as(out.toString()).isZero();
        return out.toString();
    }
}
