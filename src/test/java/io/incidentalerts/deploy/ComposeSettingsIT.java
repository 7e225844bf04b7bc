package io.incidentalerts.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Compose stack without an engine: topics created as kafka-init creates them, then the packaged jar run
 * with the incident-alerts service's environment from docker-compose.yml (plus the StatefulSet's
 * group.instance.id) against deploy/local-kafka.sh. It must become ready and stop cleanly on SIGTERM.
 */
class ComposeSettingsIT {

    private static LocalKafkaScript kafka;

    @BeforeAll
    static void startKafka() throws Exception {
        kafka = LocalKafkaScript.onFreePorts();
        LocalKafkaScript.Result started = kafka.run("start");
        assertThat(started.exit()).as(started.output()).isZero();
    }

    @AfterAll
    static void stopKafka() throws Exception {
        kafka.run("stop");
    }

    @Test
    void serviceRunsOnPreCreatedTopicsAndStopsGracefully(@TempDir Path dir) throws Exception {
        JsonNode services = RenderedChart.parse(Files.readString(Path.of("docker-compose.yml"))).get(0).path("services");
        createTopicsLikeKafkaInit(services.path("kafka-init").path("environment"));

        int httpPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            httpPort = socket.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder("java", "-XX:MaxRAMPercentage=75", "-Djava.io.tmpdir=" + dir.resolve("tmp"),
                "-jar", Path.of("target", "incident-alerts.jar").toString(), "run")
                .redirectErrorStream(true).redirectOutput(dir.resolve("service.log").toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("INCIDENT_ALERTS_") || k.startsWith("KAFKA_"));
        services.path("incident-alerts").path("environment").fields()
                .forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("INCIDENT_ALERTS_HTTP_PORT", Integer.toString(httpPort));
        env.put("INCIDENT_ALERTS_STATE_DIR", dir.resolve("state").toString());
        env.put("INCIDENT_ALERTS_GROUP_INSTANCE_ID", "incident-alerts-0");
        Files.createDirectories(dir.resolve("tmp"));

        Process service = pb.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            URI ready = URI.create("http://127.0.0.1:" + httpPort + "/health/ready");
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .failFast("service exited", () -> !service.isAlive())
                    .until(() -> status(http, ready) == 200);

            ProcessBuilder check = new ProcessBuilder(Path.of("docker", "healthcheck.sh").toAbsolutePath().toString());
            check.environment().put("INCIDENT_ALERTS_HTTP_PORT", Integer.toString(httpPort));
            Process healthcheck = check.start();
            assertThat(healthcheck.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(healthcheck.exitValue()).as("image health check").isZero();

            service.destroy();
            assertThat(service.waitFor(45, TimeUnit.SECONDS)).as("stops within the compose stop_grace_period").isTrue();
            assertThat(service.exitValue()).as(Files.readString(dir.resolve("service.log"))).isIn(0, 143);
        } finally {
            service.destroyForcibly();
        }
    }

    private static void createTopicsLikeKafkaInit(JsonNode env) throws Exception {
        int partitions = env.path("PARTITIONS").asInt();
        List<NewTopic> topics = new ArrayList<>();
        for (String name : env.path("LARGE_MESSAGE_TOPICS").asText().trim().split("\\s+")) {
            topics.add(new NewTopic(name, partitions, (short) 1).configs(Map.of("max.message.bytes", "16777216")));
        }
        for (String name : env.path("COMPACTED_TOPICS").asText().trim().split("\\s+")) {
            topics.add(new NewTopic(name, partitions, (short) 1).configs(Map.of("cleanup.policy", "compact")));
        }
        for (String name : env.path("TOPICS").asText().trim().split("\\s+")) {
            topics.add(new NewTopic(name, partitions, (short) 1));
        }
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
        }
    }

    private static int status(HttpClient http, URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
