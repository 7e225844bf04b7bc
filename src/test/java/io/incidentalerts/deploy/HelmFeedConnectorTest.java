package io.incidentalerts.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.incidentalerts.feeds.FeedSourceConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart's feed connector option: a Strimzi KafkaConnect and KafkaConnector, linted and rendered by Helm. */
class HelmFeedConnectorTest {

    private static final String VALUES = """
            feedConnector:
              enabled: true
              image: registry.example.org/incident-alerts-connect:0.1.0
              feeds: [https://news.example.org/world.rss, https://news.example.org/atom.xml]
              settings:
                poll.interval.ms: "300000"
            """;

    @TempDir
    Path dir;

    @Test
    void offByDefault() {
        assertThat(RenderedChart.defaults().documents).extracting(d -> d.path("kind").asText())
                .doesNotContain("KafkaConnect", "KafkaConnector");
    }

    @Test
    void passesStrictLintWhenOn() throws Exception {
        // helm lint takes no values file here: lint a copy of the chart whose defaults turn the connector on.
        Path chart = dir.resolve("incident-alerts");
        try (var files = Files.walk(RenderedChart.CHART)) {
            for (Path p : files.toList()) {
                Files.copy(p, chart.resolve(RenderedChart.CHART.relativize(p).toString()));
            }
        }
        String values = Files.readString(chart.resolve("values.yaml"));
        assertThat(values).as("feedConnector is the last block of values.yaml").contains("\nfeedConnector:\n");
        Files.writeString(chart.resolve("values.yaml"), values.substring(0, values.indexOf("\nfeedConnector:\n") + 1) + VALUES);
        LintResult result = new Helm(chart).lint().strict().call();
        assertThat(result.isFailed()).as("helm lint --strict: %s", result.getMessages()).isFalse();
    }

    @Test
    void rendersAConnectClusterAndAConnectorForTheInputTopic() {
        RenderedChart chart = RenderedChart.render(VALUES);
        JsonNode connect = kind(chart, "KafkaConnect");
        assertThat(connect.path("metadata").path("annotations").path("strimzi.io/use-connector-resources").asText())
                .isEqualTo("true");
        JsonNode config = connect.path("spec").path("config");
        assertThat(config.path("value.converter").asText()).isEqualTo("org.apache.kafka.connect.json.JsonConverter");
        assertThat(config.path("value.converter.schemas.enable").asBoolean(true)).isFalse();
        assertThat(config.path("key.converter").asText()).isEqualTo("org.apache.kafka.connect.storage.StringConverter");
        assertThat(config.path("exactly.once.source.support").asText()).isEqualTo("enabled");
        assertThat(connect.path("spec").path("bootstrapServers").asText()).isEqualTo("kafka:9092");

        JsonNode connector = kind(chart, "KafkaConnector");
        assertThat(connector.path("metadata").path("labels").path("strimzi.io/cluster").asText())
                .isEqualTo(connect.path("metadata").path("name").asText());
        assertThat(connector.path("spec").path("class").asText()).isEqualTo("io.incidentalerts.feeds.FeedSourceConnector");
        Map<String, String> settings = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = connector.path("spec").path("config").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            settings.put(e.getKey(), e.getValue().asText());
        }
        assertThat(settings).containsEntry("topic", "news.articles").containsEntry("poll.interval.ms", "300000");
        // The rendered settings are ones the connector accepts.
        settings.remove("exactly.once.support");
        assertThat(new FeedSourceConfig(settings).feeds())
                .containsExactly("https://news.example.org/world.rss", "https://news.example.org/atom.xml");

        JsonNode metrics = chart.documents.stream()
                .filter(d -> d.path("kind").asText().equals("ConfigMap") && d.path("metadata").path("name").asText().endsWith("-feeds-metrics"))
                .findFirst().orElseThrow();
        assertThat(metrics.path("data").path("metrics-config.yml").asText()).contains("incident_alerts_feed_$4");
    }

    @Test
    void refusesToRenderWithoutFeedsOrImage() {
        assertThatThrownBy(() -> RenderedChart.render("feedConnector: {enabled: true, image: x}"))
                .hasMessageContaining("feedConnector.feeds");
        assertThatThrownBy(() -> RenderedChart.render("feedConnector: {enabled: true, feeds: [https://a.example/rss]}"))
                .hasMessageContaining("feedConnector.image");
        assertThatThrownBy(() -> RenderedChart.render("feedConnector: {enabled: true, image: x, feeds: [ftp://a/rss]}"))
                .hasMessageContaining("feeds");
    }

    private static JsonNode kind(RenderedChart chart, String kind) {
        List<JsonNode> found = chart.documents.stream().filter(d -> d.path("kind").asText().equals(kind)).toList();
        assertThat(found).as(kind).hasSize(1);
        return found.get(0);
    }
}
