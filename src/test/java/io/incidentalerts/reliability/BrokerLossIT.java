package io.incidentalerts.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentalerts.IncidentService;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.kafka.ArticlePublisher;
import io.incidentalerts.support.ExactlyOnce;
import io.incidentalerts.support.OwnBroker;
import io.incidentalerts.support.ServiceConfigs;
import io.incidentalerts.support.TestKafka;
import io.incidentalerts.support.TopicReader;
import io.incidentalerts.support.Workload;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker goes away mid-stream and comes back on the same port with the same data: the service
 * reports not ready meanwhile, recovers by itself, and nothing is lost or doubled.
 */
class BrokerLossIT {

    @TempDir
    Path dir;

    @Test
    void serviceRidesOutABrokerRestart() throws Exception {
        String prefix = "brokerloss.";
        Workload before = Workload.mixed(3_000, 40, prefix + "a");
        Workload after = Workload.mixed(1_000, 40, prefix + "b");
        try (OwnBroker broker = TestKafka.restartable(dir.resolve("broker"));
             IncidentService service = IncidentService.start(ServiceConfigs.isolated(
                     broker.bootstrapServers(), prefix, dir.resolve("state"), Map.of()), IncidentClassifier.loadDefault(), Clock.systemUTC())) {
            String bootstrap = broker.bootstrapServers();
            URI ready = service.httpAddress().resolve("/health/ready");
            await().atMost(Duration.ofSeconds(90)).until(() -> status(ready) == 200);
            publish(bootstrap, prefix, before);
            try (TopicReader alerts = new TopicReader(bootstrap, prefix + "alerts")) {
                alerts.readUntil(r -> r.size() >= 20, Duration.ofSeconds(90));
            }

            broker.stop();
            await().atMost(Duration.ofSeconds(60)).until(() -> status(ready) == 503);
            assertThat(status(service.httpAddress().resolve("/health/live"))).as("alive while waiting").isEqualTo(200);

            broker.restart();
            await().atMost(Duration.ofSeconds(120)).until(() -> status(ready) == 200);
            publish(bootstrap, prefix, after);
            ExactlyOnce.Tally tally = ExactlyOnce.check(bootstrap, prefix + "alerts", prefix + "dlq",
                    before.then(after), Duration.ofSeconds(180));
            System.out.println("[broker-loss] " + tally);
        }
    }

    private static void publish(String bootstrap, String prefix, Workload w) throws Exception {
        try (ArticlePublisher p = new ArticlePublisher(Map.of("bootstrap.servers", bootstrap), prefix + "articles")) {
            p.publishAll(w.records());
        }
    }

    private static int status(URI uri) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
