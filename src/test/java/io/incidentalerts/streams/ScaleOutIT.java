package io.incidentalerts.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentalerts.IncidentService;
import io.incidentalerts.alert.AlertCodec;
import io.incidentalerts.alert.AlertData;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.identity.AlertType;
import io.incidentalerts.kafka.ArticlePublisher;
import io.incidentalerts.metrics.ServiceMetrics;
import io.incidentalerts.support.KafkaPerClass;
import io.incidentalerts.support.ServiceConfigs;
import io.incidentalerts.support.Stories;
import io.incidentalerts.support.TopicReader;
import io.incidentalerts.support.Workload;
import io.micrometer.core.instrument.Counter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances on four partitions share the work: both own input tasks, both raise alerts (so both
 * run identity tasks too), and the copies of a story, located or not, are still one incident.
 */
class ScaleOutIT {

    private static final IncidentClassifier CLASSIFIER = IncidentClassifier.loadDefault();
    @RegisterExtension
    static final KafkaPerClass kafka = new KafkaPerClass();

    @TempDir
    Path dir;

    @Test
    void twoInstancesShareFourPartitionsAndCopiesStayOneIncident() throws Exception {
        String prefix = "scale-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        Workload workload = Workload.mixed(300, 0, prefix + "w");
        try (IncidentService a = start(prefix, "a"); IncidentService b = start(prefix, "b")) {
            await().atMost(Duration.ofSeconds(120)).until(() -> running(a) && running(b)
                    && a.activeTaskCount() > 0 && b.activeTaskCount() > 0
                    && a.activeTaskCount() + b.activeTaskCount() == 4);

            try (ArticlePublisher publisher = new ArticlePublisher(
                    Map.of("bootstrap.servers", kafka.bootstrapServers()), prefix + "articles")) {
                publisher.publishAll(workload.records());
            }
            // A story's articles share a key, so they arrive in the order written, as in the topology tests.
            publishInOrder(prefix, "kirkuk", Stories.kirkuk());
            publishInOrder(prefix, "unlocated", Stories.unlocated());

            int expected = workload.expectedAlertArticleIds().size() + 4; // kirkuk NEW + UPDATE, kidnap, unlocated
            List<AlertData> alerts;
            try (TopicReader reader = new TopicReader(kafka.bootstrapServers(), prefix + "alerts")) {
                reader.readUntil(r -> r.size() >= expected, Duration.ofSeconds(180));
                alerts = reader.readAll(Duration.ofSeconds(2)).stream()
                        .map(r -> AlertCodec.decode(r.value())).toList();
            }
            assertThat(alerts).hasSize(expected);
            assertThat(alerts).filteredOn(x -> x.articleId().startsWith(prefix + "w"))
                    .extracting(AlertData::articleId).containsExactlyInAnyOrderElementsOf(
                            workload.expectedAlertArticleIds());

            List<AlertData> bombing = alerts.stream().filter(x -> x.articleId().startsWith("kirkuk-")
                    && !x.articleId().equals("kirkuk-kidnap")).toList();
            assertThat(bombing).extracting(AlertData::articleId).containsExactly("kirkuk-wire", "kirkuk-toll-wire");
            assertThat(bombing).extracting(AlertData::alertType).containsExactly(AlertType.NEW, AlertType.UPDATE);
            assertThat(bombing.get(1).incidentId()).isEqualTo(bombing.get(0).incidentId());
            assertThat(alerts).filteredOn(x -> x.articleId().startsWith("unloc-"))
                    .extracting(AlertData::articleId).containsExactly("unloc-wire");

            assertThat(alertsRaised(a)).as("alerts raised by instance a").isPositive();
            assertThat(alertsRaised(b)).as("alerts raised by instance b").isPositive();
            assertThat(alertsRaised(a) + alertsRaised(b)).isEqualTo(expected);
        }
    }

    private IncidentService start(String prefix, String name) {
        return IncidentService.start(ServiceConfigs.isolated(kafka.bootstrapServers(), prefix, dir.resolve(name),
                Map.of("topics.partitions", "4")), CLASSIFIER, Clock.systemUTC());
    }

    private static boolean running(IncidentService s) {
        return s.state() == KafkaStreams.State.RUNNING;
    }

    private static double alertsRaised(IncidentService s) {
        return s.registry().find(ServiceMetrics.ALERTS).counters().stream().mapToDouble(Counter::count).sum();
    }

    private void publishInOrder(String prefix, String key, Map<String, byte[]> story) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", kafka.bootstrapServers(), "enable.idempotence", true),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            story.values().forEach(value -> producer.send(new ProducerRecord<>(prefix + "articles",
                    key.getBytes(StandardCharsets.UTF_8), value)));
            producer.flush();
        }
    }
}
