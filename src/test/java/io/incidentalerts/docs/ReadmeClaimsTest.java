package io.incidentalerts.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.config.Setting;
import io.incidentalerts.config.TopicNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the README says about the shape of the code, checked against the sources. */
class ReadmeClaimsTest {

    private static final Path MAIN = Path.of("src/main/java/io/incidentalerts");
    private static final Path TESTS = Path.of("src/test/java/io/incidentalerts");
    /** Building a serde, a store or a repartition: what only {@code Topics} may do in the service. */
    private static final Pattern SERDE_OR_STORE = Pattern.compile(
            "Serdes\\.|new JsonSerde|new AlertSerde|Stores\\.|Repartitioned\\.|Materialized\\.");

    @Test
    void topicsIsTheOnePlaceThatBuildsSerdesStoresAndRepartitions() throws IOException {
        List<Path> offenders = javaFiles(MAIN)
                .filter(p -> !p.endsWith("streams/Topics.java"))
                // the benchmark's pass-through topology is a yardstick, not part of the service
                .filter(p -> !p.startsWith(MAIN.resolve("bench")))
                .filter(p -> SERDE_OR_STORE.matcher(read(p)).find())
                .toList();
        assertThat(offenders).isEmpty();
        assertThat(readme()).contains("`Topics` is the one place that knows topic names and serdes");
    }

    @Test
    void defaultTopicNamesAreTheDefaultsOfTheSettings() {
        assertThat(TopicNames.DEFAULT.input()).isEqualTo(Setting.TOPIC_INPUT.defaultValue());
        assertThat(TopicNames.DEFAULT.alerts()).isEqualTo(Setting.TOPIC_ALERTS.defaultValue());
        assertThat(TopicNames.DEFAULT.regionPrefix()).isEqualTo(Setting.TOPIC_REGION_PREFIX.defaultValue());
        assertThat(TopicNames.DEFAULT.critical()).isEqualTo(Setting.TOPIC_CRITICAL.defaultValue());
        assertThat(TopicNames.DEFAULT.deadLetter()).isEqualTo(Setting.TOPIC_DEAD_LETTER.defaultValue());
        assertThat(TopicNames.DEFAULT.state()).isEqualTo(Setting.TOPIC_STATE.defaultValue());
        assertThat(TopicNames.DEFAULT.stats()).isEqualTo(Setting.TOPIC_STATS.defaultValue());
        assertThat(TopicNames.DEFAULT.surges()).isEqualTo(Setting.TOPIC_SURGES.defaultValue());
        assertThat(read(MAIN.resolve("config/TopicNames.java"))).doesNotContain("\"news.articles\"");
    }

    @Test
    void theReadmeDoesNotCallTheTopologyBuilderPure() throws IOException {
        assertThat(readme()).doesNotContain("pure function of the settings");
        assertThat(readme()).contains("`PipelineListener`");
    }

    @Test
    void integrationTestsGetTheirBrokerFromTestKafka() throws IOException {
        List<Path> ownBrokers = javaFiles(TESTS)
                .filter(p -> !p.startsWith(TESTS.resolve("support")))
                .filter(p -> !p.endsWith("docs/ReadmeClaimsTest.java"))
                // the in-process broker's own tests, which start none
                .filter(p -> !p.endsWith("kafka/EmbeddedKafkaTest.java"))
                .filter(p -> read(p).contains("EmbeddedKafka") || read(p).contains("KafkaClusterTestKit"))
                .toList();
        assertThat(ownBrokers).as("tests that start a broker themselves instead of through support/TestKafka")
                .isEmpty();
        assertThat(readme()).contains("Integration tests get their broker from one place, `support/TestKafka`");
    }

    @Test
    void topologyTestsShareOneHarness() throws IOException {
        List<Path> ownDrivers = javaFiles(TESTS)
                .filter(p -> !p.endsWith("support/TopologyHarness.java"))
                .filter(p -> !p.endsWith("docs/ReadmeClaimsTest.java"))
                .filter(p -> read(p).contains("new TopologyTestDriver("))
                .toList();
        assertThat(ownDrivers).as("tests that set up a TopologyTestDriver themselves").isEmpty();
        assertThat(readme()).contains("`support/TopologyHarness`");
    }

    @Test
    void noTwoTestSourcesShareAName() throws IOException {
        List<String> names = javaFiles(TESTS).map(p -> p.getFileName().toString()).toList();
        assertThat(names).doesNotHaveDuplicates();
    }

    static Stream<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList().stream();
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"));
    }
}
