package io.incidentalerts.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentalerts.IncidentService;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.kafka.ArticlePublisher;
import io.incidentalerts.support.ExactlyOnce;
import io.incidentalerts.support.KafkaPerClass;
import io.incidentalerts.support.ServiceConfigs;
import io.incidentalerts.support.TopicReader;
import io.incidentalerts.support.Workload;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Two instances share the input; one stops mid-stream, the other takes over, then they share again. */
class FailoverIT {

    private static final IncidentClassifier CLASSIFIER = IncidentClassifier.loadDefault();
    @RegisterExtension
    static final KafkaPerClass kafka = new KafkaPerClass();

    @TempDir
    Path dir;


    @Test
    void survivorTakesOverAndTheReturningInstanceGetsPartitionsBack() throws Exception {
        String prefix = "failover-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        Workload first = Workload.mixed(6_000, 40, prefix + "a");
        Workload second = Workload.mixed(1_000, 40, prefix + "b");
        String bootstrap = kafka.bootstrapServers();

        IncidentService a = start(prefix, "a");
        try (IncidentService b = start(prefix, "b")) {
            await().atMost(Duration.ofSeconds(90)).until(() -> running(a) && running(b)
                    && a.activeTaskCount() > 0 && b.activeTaskCount() > 0);
            assertThat(a.activeTaskCount() + b.activeTaskCount()).isEqualTo(3);

            publish(prefix, first);
            try (TopicReader alerts = new TopicReader(bootstrap, prefix + "alerts")) {
                alerts.readUntil(r -> r.size() >= 20, Duration.ofSeconds(90));
            }
            a.close();
            await().atMost(Duration.ofSeconds(90)).until(() -> running(b) && b.activeTaskCount() == 3);
            ExactlyOnce.Tally afterFailover = ExactlyOnce.check(bootstrap, prefix + "alerts", prefix + "dlq", first,
                    Duration.ofSeconds(120));
            System.out.println("[failover] after one instance stopped: " + afterFailover);

            try (IncidentService back = start(prefix, "a")) {
                await().atMost(Duration.ofSeconds(90)).until(() -> running(back) && running(b)
                        && back.activeTaskCount() > 0 && b.activeTaskCount() < 3);
                assertThat(back.activeTaskCount() + b.activeTaskCount()).isEqualTo(3);
                publish(prefix, second);
                ExactlyOnce.Tally all = ExactlyOnce.check(bootstrap, prefix + "alerts", prefix + "dlq",
                        first.then(second), Duration.ofSeconds(120));
                System.out.println("[failover] after the rebalance back: " + all);
            }
        } finally {
            a.close();
        }
    }

    private IncidentService start(String prefix, String name) {
        return IncidentService.start(ServiceConfigs.isolated(kafka.bootstrapServers(), prefix, dir.resolve(name),
                Map.of()), CLASSIFIER, Clock.systemUTC());
    }

    private static boolean running(IncidentService s) {
        return s.state() == KafkaStreams.State.RUNNING;
    }

    private void publish(String prefix, Workload w) throws Exception {
        try (ArticlePublisher p = new ArticlePublisher(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                prefix + "articles")) {
            p.publishAll(w.records());
        }
    }
}
