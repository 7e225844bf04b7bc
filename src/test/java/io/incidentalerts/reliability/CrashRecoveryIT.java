package io.incidentalerts.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentalerts.kafka.ArticlePublisher;
import io.incidentalerts.support.ExactlyOnce;
import io.incidentalerts.support.KafkaPerClass;
import io.incidentalerts.support.TopicReader;
import io.incidentalerts.support.Workload;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service as its own process, killed with SIGKILL while articles flow and started again: every
 * alert arrives exactly once and every bad record is in the dead-letter topic exactly once.
 */
class CrashRecoveryIT {

    private static final Path JAR = Path.of("target", "incident-alerts.jar");
    @RegisterExtension
    static final KafkaPerClass kafka = new KafkaPerClass();

    @TempDir
    Path dir;


    @Test
    void killDashNineMidStreamLosesAndDoublesNothing() throws Exception {
        assertThat(JAR).as("the packaged jar (failsafe runs after package)").exists();
        String prefix = "crash-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        Workload workload = Workload.mixed(10_000, 40, prefix + "a");
        int httpPort = freePort();
        Map<String, String> env = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "INCIDENT_ALERTS_APPLICATION_ID", prefix + "app",
                "INCIDENT_ALERTS_STATE_DIR", dir.resolve("state").toString(),
                "INCIDENT_ALERTS_GROUP_INSTANCE_ID", "crash-test-0",
                "INCIDENT_ALERTS_HTTP_PORT", Integer.toString(httpPort),
                "INCIDENT_ALERTS_TOPIC_INPUT", prefix + "articles",
                "INCIDENT_ALERTS_TOPIC_ALERTS", prefix + "alerts",
                "INCIDENT_ALERTS_TOPIC_REGION_PREFIX", prefix + "alerts.",
                "INCIDENT_ALERTS_TOPIC_CRITICAL", prefix + "alerts.critical",
                "INCIDENT_ALERTS_TOPIC_DEAD_LETTER", prefix + "dlq");

        Process first = startService(env, "first");
        awaitReady(httpPort, first);
        try (ArticlePublisher publisher = new ArticlePublisher(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                prefix + "articles")) {
            publisher.publishAll(workload.records());
        }
        int alertsBeforeKill;
        try (TopicReader alerts = new TopicReader(kafka.bootstrapServers(), prefix + "alerts")) {
            alertsBeforeKill = alerts.readUntil(r -> r.size() >= 20, Duration.ofSeconds(120)).size();
        }
        first.destroyForcibly().waitFor();
        assertThat(alertsBeforeKill).as("killed mid-stream").isLessThan(workload.expectedAlertArticleIds().size());

        Process second = startService(env, "second");
        try {
            awaitReady(httpPort, second);
            ExactlyOnce.Tally tally = ExactlyOnce.check(kafka.bootstrapServers(), prefix + "alerts", prefix + "dlq",
                    workload, Duration.ofSeconds(180));
            assertThat(tally.lost()).isZero();
            assertThat(tally.duplicated()).isZero();
            System.out.println("[crash] alerts visible before kill -9: " + alertsBeforeKill);
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private Process startService(Map<String, String> env, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                JAR.toAbsolutePath().toString(), "run"));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    private void awaitReady(int port, Process process) {
        HttpClient http = HttpClient.newHttpClient();
        URI ready = URI.create("http://localhost:" + port + "/health/ready");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("service exited: " + Files.readString(logOf(process)));
            }
            try {
                return http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    private Path logOf(Process process) {
        File[] logs = dir.toFile().listFiles((d, n) -> n.endsWith(".log"));
        return logs == null || logs.length == 0 ? dir : logs[logs.length - 1].toPath();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
