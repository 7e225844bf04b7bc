package io.incidentalerts.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentalerts.config.AppConfig;
import io.incidentalerts.config.ConfigLoader;
import io.incidentalerts.config.TopicNames;
import io.incidentalerts.feeds.FeedSourceConfig;
import io.incidentalerts.feeds.FeedSourceConnector;
import io.incidentalerts.streams.TopicProvisioner;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docker-compose.yml: valid for Compose, and wired the way the service needs. */
class ComposeFileTest {

    private static final Path COMPOSE = Path.of("docker-compose.yml");
    private static JsonNode services;

    @BeforeAll
    static void read() throws Exception {
        services = RenderedChart.parse(Files.readString(COMPOSE)).get(0).path("services");
    }

    @Test
    void composeAcceptsTheFile() throws Exception {
        boolean available = Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "docker-compose")));
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(available, "docker-compose is not installed (apt-get install docker-compose)");
        }
        Process process = new ProcessBuilder("docker-compose", "-f", COMPOSE.toString(), "config", "-q")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as("docker-compose config -q: %s", output).isZero();
    }

    @Test
    void servicesStartInDependencyOrder() {
        assertThat(services.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("kafka", "kafka-init", "incident-alerts", "feeds", "connect", "prometheus",
                        "grafana");
        assertThat(condition("connect", "kafka-init")).isEqualTo("service_completed_successfully");
        assertThat(condition("connect", "feeds")).isEqualTo("service_healthy");
        assertThat(condition("kafka-init", "kafka")).isEqualTo("service_healthy");
        assertThat(condition("incident-alerts", "kafka-init")).isEqualTo("service_completed_successfully");
        assertThat(condition("prometheus", "incident-alerts")).isEqualTo("service_started");
        assertThat(condition("grafana", "prometheus")).isEqualTo("service_healthy");
        for (String healthChecked : List.of("kafka", "incident-alerts", "feeds", "connect", "prometheus", "grafana")) {
            assertThat(services.path(healthChecked).path("healthcheck").path("test").isMissingNode())
                    .as(healthChecked + " has a health check").isFalse();
        }
    }

    @Test
    void serviceReachesKafkaThroughAnAdvertisedListener() {
        JsonNode env = services.path("incident-alerts").path("environment");
        String advertised = services.path("kafka").path("environment").path("KAFKA_ADVERTISED_LISTENERS").asText();

        assertThat(advertised).contains("://" + env.path("KAFKA_BOOTSTRAP_SERVERS").asText());
        assertThat(services.path("incident-alerts").path("build").asText()).isEqualTo(".");
    }

    @Test
    void initCreatesExactlyTheTopicsTheServiceUses() {
        JsonNode env = services.path("kafka-init").path("environment");
        Map<String, String> serviceEnv = new HashMap<>();
        services.path("incident-alerts").path("environment").fields()
                .forEachRemaining(e -> serviceEnv.put(e.getKey(), e.getValue().asText()));
        AppConfig config = ConfigLoader.load(null, serviceEnv, Map.of());

        List<String> large = words(env.path("LARGE_MESSAGE_TOPICS").asText());
        List<String> compacted = words(env.path("COMPACTED_TOPICS").asText());
        List<String> all = Stream.of(large, compacted, words(env.path("TOPICS").asText())).flatMap(List::stream).toList();
        assertThat(config.createTopics()).as("the service must not create topics itself").isFalse();
        assertThat(all).containsExactlyInAnyOrderElementsOf(TopicProvisioner.topicNames(config));
        assertThat(large).containsExactlyInAnyOrder(config.topics().input(), config.topics().deadLetter());
        assertThat(compacted).containsExactly(config.topics().state());
        assertThat(env.path("PARTITIONS").asInt()).isEqualTo(config.topicPartitions());
    }

    @Test
    void serviceRunsReadOnlyWithExecutableTmpAndAStateVolume() {
        JsonNode service = services.path("incident-alerts");

        assertThat(service.path("read_only").asBoolean()).isTrue();
        assertThat(service.path("tmpfs").get(0).asText()).startsWith("/tmp:").contains("exec");
        assertThat(service.path("volumes").get(0).asText()).isEqualTo("state:/var/lib/incident-alerts");
    }

    @Test
    void monitoringMountsTheOperationsKit() {
        assertThat(services.path("prometheus").path("volumes").get(0).asText()).startsWith("./deploy/prometheus:");
        assertThat(services.path("grafana").path("volumes")).extracting(JsonNode::asText)
                .anyMatch(v -> v.startsWith("./deploy/grafana/provisioning:/etc/grafana/provisioning"));
    }

    /** The Connect worker mounts the plugin that mvn package builds and creates a connector the connector accepts. */
    @Test
    void connectRunsTheFeedPluginWithItsConnectorCreatedAtStartUp() throws Exception {
        JsonNode connect = services.path("connect");
        List<String> volumes = new ArrayList<>();
        connect.path("volumes").forEach(v -> volumes.add(v.asText()));
        assertThat(volumes).contains("./target/incident-alerts-feed-connector:/opt/connect-plugins:ro",
                "./deploy/connect:/etc/connect:ro");
        assertThat(connect.path("command").toString())
                .contains("connect-standalone.sh", "/etc/connect/worker.properties", "/etc/connect/feeds.properties");

        Properties worker = properties("deploy/connect/worker.properties");
        assertThat(worker.getProperty("plugin.path")).isEqualTo("/opt/connect-plugins");
        assertThat(worker.getProperty("bootstrap.servers")).isEqualTo(
                services.path("incident-alerts").path("environment").path("KAFKA_BOOTSTRAP_SERVERS").asText());
        assertThat(worker.getProperty("value.converter")).isEqualTo("org.apache.kafka.connect.json.JsonConverter");
        assertThat(worker.getProperty("value.converter.schemas.enable")).isEqualTo("false");
        assertThat(worker.getProperty("offset.storage.file.filename")).startsWith("/var/lib/kafka/data/");

        Properties connector = properties("deploy/connect/feeds.properties");
        assertThat(connector.getProperty("connector.class")).isEqualTo(FeedSourceConnector.class.getName());
        Map<String, String> settings = new HashMap<>();
        connector.stringPropertyNames().forEach(k -> settings.put(k, connector.getProperty(k)));
        FeedSourceConfig config = new FeedSourceConfig(settings);
        assertThat(config.topic()).isEqualTo(TopicNames.DEFAULT.input());
        assertThat(config.feeds()).allSatisfy(url -> assertThat(url).startsWith("http://feeds:8000/"))
                .extracting(url -> url.substring("http://feeds:8000/".length()))
                .allSatisfy(name -> assertThat(Path.of("src/main/resources/feeds/samples", name)).isRegularFile());
        assertThat(services.path("feeds").path("volumes").get(0).asText())
                .startsWith("./src/main/resources/feeds/samples:");
    }

    private static Properties properties(String file) throws Exception {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(Path.of(file))) {
            p.load(in);
        }
        return p;
    }

    private static String condition(String service, String dependency) {
        return services.path(service).path("depends_on").path(dependency).path("condition").asText();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.trim().split("\\s+")).filter(w -> !w.isEmpty()).collect(Collectors.toList());
    }
}
