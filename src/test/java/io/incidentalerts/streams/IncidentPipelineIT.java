package io.incidentalerts.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentalerts.IncidentService;
import io.incidentalerts.alert.AlertCodec;
import io.incidentalerts.alert.AlertData;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.support.ArticleRecords;
import io.incidentalerts.support.KafkaPerClass;
import io.incidentalerts.support.ServiceConfigs;
import io.incidentalerts.support.TopicReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The service against a real broker: plain producer in, read_committed consumers out. */
class IncidentPipelineIT {

    @RegisterExtension
    static final KafkaPerClass kafka = new KafkaPerClass();

    @TempDir
    Path stateDir;


    @Test
    void articlesBecomeAlertsAndBadRecordsBecomeDeadLetters() throws Exception {
        String prefix = "it-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        try (IncidentService service = IncidentService.start(
                ServiceConfigs.isolated(kafka.bootstrapServers(), prefix, stateDir, Map.of()),
                IncidentClassifier.loadDefault(), Clock.systemUTC())) {
            await().atMost(Duration.ofSeconds(60)).until(() -> service.state() == KafkaStreams.State.RUNNING);
            assertThat(httpStatus(service.httpAddress().resolve("/health/ready"))).isEqualTo(200);

            byte[] notJson = "{\"id\": broken".getBytes(StandardCharsets.UTF_8);
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                    Map.of("bootstrap.servers", kafka.bootstrapServers()),
                    new ByteArraySerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(prefix + "articles", "a".getBytes(), ArticleRecords.almaty()));
                producer.send(new ProducerRecord<>(prefix + "articles", "b".getBytes(), notJson));
                producer.send(new ProducerRecord<>(prefix + "articles", "c".getBytes(),
                        ArticleRecords.json("quiet", "Markets close flat", "Shares ended the day unchanged.")));
                producer.flush();
            }

            try (TopicReader alerts = new TopicReader(kafka.bootstrapServers(), prefix + "alerts");
                 TopicReader dlq = new TopicReader(kafka.bootstrapServers(), prefix + "dlq")) {
                List<ConsumerRecord<byte[], byte[]>> alertRecords =
                        alerts.readUntil(r -> !r.isEmpty(), Duration.ofSeconds(60));
                AlertData alert = AlertCodec.decode(alertRecords.get(0).value());
                assertThat(alert.articleId()).isEqualTo("bs-2016-07-18-almaty");
                assertThat(new String(alertRecords.get(0).key(), StandardCharsets.UTF_8)).isEqualTo(alert.incidentId());
                assertThat(AlertCodec.decodeEvent(alertRecords.get(0).value()).getType()).isEqualTo(AlertCodec.EVENT_TYPE);

                List<ConsumerRecord<byte[], byte[]>> dead = dlq.readUntil(r -> !r.isEmpty(), Duration.ofSeconds(60));
                assertThat(dead.get(0).value()).isEqualTo(notJson);
                assertThat(new String(dead.get(0).headers().lastHeader(DeadLetters.REASON_HEADER).value(),
                        StandardCharsets.UTF_8)).isEqualTo("NOT_JSON");

                assertThat(alerts.readAll(Duration.ofSeconds(2))).as("exactly one alert").hasSize(1);
                assertThat(dlq.readAll(Duration.ofMillis(500))).as("exactly one dead letter").hasSize(1);
            }
            String metrics = httpBody(service.httpAddress().resolve("/metrics"));
            assertThat(metrics).contains("incident_alerts_articles_total{outcome=\"dead_letter\"} 1.0");
        }
    }

    private static int httpStatus(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String httpBody(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
