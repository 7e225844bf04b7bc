package io.incidentalerts.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void defaultsDescribeAStandaloneService() {
        AppConfig c = ConfigLoader.load(null, Map.of(), Map.of());
        assertThat(c.applicationId()).isEqualTo("incident-alerts");
        assertThat(c.httpPort()).isEqualTo(8080);
        assertThat(c.topics()).isEqualTo(TopicNames.DEFAULT);
        assertThat(c.bootstrapServers()).isEmpty();
        assertThat(c.maxArticleBytes()).isEqualTo(1024 * 1024);
    }

    @Test
    void theConsoleHasNoTileServerUnlessOneIsNamedWithItsPlaceholders() {
        assertThat(ConfigLoader.load(null, Map.of(), Map.of()).console()).isEqualTo(ConsoleSettings.DEFAULT);
        assertThat(ConfigLoader.load(null, Map.of(), Map.of("console.tile.url", "https://tiles.example.org/{z}/{x}/{y}.png"))
                .console().tileUrl()).hasValue("https://tiles.example.org/{z}/{x}/{y}.png");
        for (String bad : new String[] {"tiles.example.org/{z}/{x}/{y}.png", "https://tiles.example.org/map.png",
                "javascript:alert(1)//{z}{x}{y}"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfigLoader.load(null, Map.of(),
                    Map.of("console.tile.url", bad))).as(bad).hasMessageContaining("console.tile.url");
        }
    }

    @Test
    void theInProcessBrokersStateFolderIsTheDefaultButAnExplicitStateDirWins() {
        Path beside = dir.resolve("kafka/streams-state");
        assertThat(ConfigLoader.load(null, Map.of(), Map.of()).withDefaultStateDir(beside).streamsStateDir())
                .isEqualTo(beside);
        assertThat(ConfigLoader.load(null, Map.of(), Map.of("state.dir", "/srv/state")).withDefaultStateDir(beside)
                .streamsStateDir()).isEqualTo(Path.of("/srv/state"));
        assertThat(ConfigLoader.load(null, Map.of(), Map.of()).streamsStateDir())
                .isEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "incident-alerts-state"));
    }

    @Test
    void environmentOverridesFileAndCommandLineOverridesEnvironment() throws IOException {
        Path file = write("http.port=9000\ntopic.input=file.articles\nstream.threads=2\n");
        AppConfig c = ConfigLoader.load(file,
                Map.of("INCIDENT_ALERTS_HTTP_PORT", "9100", "INCIDENT_ALERTS_STREAM_THREADS", "3"),
                Map.of("stream.threads", "4"));
        assertThat(c.httpPort()).isEqualTo(9100);
        assertThat(c.topics().input()).isEqualTo("file.articles");
        assertThat(c.streamThreads()).isEqualTo(4);
    }

    @Test
    void kafkaVariablesPassThroughAsClientProperties() {
        AppConfig c = ConfigLoader.load(null, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "broker-1:9092,broker-2:9092",
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "PLAIN",
                "PATH", "/usr/bin"), Map.of());
        assertThat(c.bootstrapServers()).contains("broker-1:9092,broker-2:9092");
        assertThat(c.kafka()).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "PLAIN")
                .doesNotContainKey("path");
    }

    @Test
    void badValueNamesTheKeyTheVariableAndTheSource() {
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("INCIDENT_ALERTS_HTTP_PORT", "eighty"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("http.port")
                .hasMessageContaining("INCIDENT_ALERTS_HTTP_PORT")
                .hasMessageContaining("eighty");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of(), Map.of("route.regions", "yes")))
                .hasMessageContaining("route.regions").hasMessageContaining("true or false");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of(), Map.of("topics.partitions", "0")))
                .hasMessageContaining("topics.partitions");
    }

    @Test
    void incidentRulesAreReadAndCheckedToo() {
        AppConfig c = ConfigLoader.load(null, Map.of("INCIDENT_ALERTS_SURGE_FACTOR", "2.5"),
                Map.of("identity.window.hours", "48", "http.advertised.host", "pod-1.incident-alerts"));
        assertThat(c.incidents().surgeFactor()).isEqualTo(2.5);
        assertThat(c.incidents().identityWindow()).isEqualTo(java.time.Duration.ofHours(48));
        assertThat(c.httpAdvertisedHost()).contains("pod-1.incident-alerts");
        assertThat(ConfigLoader.load(null, Map.of(), Map.of()).incidents()).isEqualTo(IncidentSettings.DEFAULT);
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of(), Map.of("surge.factor", "lots")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("surge.factor").hasMessageContaining("a number");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of(), Map.of("surge.factor", "0.5")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("from 1.0");
    }

    @Test
    void unknownKeyInFileIsRefused() throws IOException {
        Path file = write("htp.port=9000\n");
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("htp.port")
                .hasMessageContaining("nearest known key: http.port");
    }

    @Test
    void unknownKeyOnTheCommandLineIsRefusedWithTheNearestKnownKey() {
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of(), Map.of("htpp.port", "9090")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'htpp.port' on the command line")
                .hasMessageContaining("nearest known key: http.port");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of(), Map.of("topic.dead.leter", "x")))
                .hasMessageContaining("nearest known key: topic.dead.letter");
    }

    @Test
    void kafkaKeysOnTheCommandLinePassThrough() {
        AppConfig c = ConfigLoader.load(null, Map.of(), Map.of("kafka.linger.ms", "5", "http.port", "9090"));
        assertThat(c.kafka()).containsEntry("linger.ms", "5");
        assertThat(c.httpPort()).isEqualTo(9090);
    }

    @Test
    void unrelatedEnvironmentWithOurPrefixIsIgnored() {
        // Kubernetes service links inject e.g. INCIDENT_ALERTS_PORT for a Service of that name.
        AppConfig c = ConfigLoader.load(null, Map.of("INCIDENT_ALERTS_PORT", "tcp://10.0.0.1:8080"), Map.of());
        assertThat(c.httpPort()).isEqualTo(8080);
    }

    @Test
    void everySettingHasAnEnvironmentName() {
        assertThat(Setting.HTTP_PORT.envName()).isEqualTo("INCIDENT_ALERTS_HTTP_PORT");
        assertThat(Setting.TOPIC_DEAD_LETTER.envName()).isEqualTo("INCIDENT_ALERTS_TOPIC_DEAD_LETTER");
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("service.properties");
        Files.writeString(file, content);
        return file;
    }
}
