package io.incidentalerts.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.alert.AlertData;
import io.incidentalerts.article.RejectReason;
import io.incidentalerts.classifier.Article;
import io.incidentalerts.classifier.Casualties;
import io.incidentalerts.classifier.Category;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.classifier.Location;
import io.incidentalerts.classifier.Precision;
import io.incidentalerts.classifier.Severity;
import io.incidentalerts.config.AppConfig;
import io.incidentalerts.support.ArticleRecords;
import io.incidentalerts.support.TopologyHarness;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IncidentTopologyTest {

    private static final Instant NOW = Instant.parse("2016-07-18T09:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private TopologyHarness topology;
    private TopologyTestDriver driver;
    private List<RejectReason> deadLettered;

    @AfterEach
    void close() {
        if (topology != null) {
            topology.close();
        }
    }

    @Test
    void almatyStoryYieldsOneAlertKeyedByIncidentId() {
        start(Map.of(), IncidentClassifier.loadDefault()::classify);
        input().pipeInput(null, ArticleRecords.almaty());

        List<TestRecord<String, AlertData>> alerts = alerts("incident.alerts").readRecordsToList();
        assertThat(alerts).hasSize(1);
        AlertData alert = alerts.get(0).value();
        assertThat(alerts.get(0).key()).isEqualTo(alert.incidentId()).startsWith("inc-");
        assertThat(alert.articleId()).isEqualTo("bs-2016-07-18-almaty");
        assertThat(alert.title()).contains("Almaty");
        assertThat(alert.detectedAt()).isEqualTo(NOW);
        assertThat(alert.publishedAt()).isEqualTo(Instant.parse("2016-07-18T09:18:00Z"));
        assertThat(alert.evidence()).isNotEmpty();
    }

    @Test
    void alertsAreRoutedToTheirRegionAndHighSeverityToCritical() {
        start(Map.of(), byTitle());
        input().pipeInput(null, ArticleRecords.json("a", "HIGH Central Asia", "text"));
        input().pipeInput(null, ArticleRecords.json("b", "LOW Western Europe", "text"));
        input().pipeInput(null, ArticleRecords.json("c", "CRITICAL nowhere", "text"));
        input().pipeInput(null, ArticleRecords.json("d", "calm day", "text"));

        assertThat(articleIds("incident.alerts")).containsExactly("a", "b", "c");
        assertThat(articleIds("incident.alerts.central-asia")).containsExactly("a");
        assertThat(articleIds("incident.alerts.western-europe")).containsExactly("b");
        assertThat(articleIds("incident.alerts.critical")).containsExactly("a", "c");
        assertThat(deadLettered).isEmpty();
    }

    @Test
    void routingCanBeSwitchedOff() {
        start(Map.of("route.regions", "false", "route.critical", "false"), byTitle());
        input().pipeInput(null, ArticleRecords.json("a", "CRITICAL Central Asia", "text"));

        assertThat(articleIds("incident.alerts")).containsExactly("a");
        assertThat(articleIds("incident.alerts.central-asia")).isEmpty();
        assertThat(articleIds("incident.alerts.critical")).isEmpty();
    }

    @Test
    void everyKindOfBadInputLandsInTheDeadLetterTopicWhileGoodRecordsAroundItFlow() {
        start(Map.of("max.article.bytes", "2000"), byTitle());
        byte[][] bad = {
                "not json".getBytes(StandardCharsets.UTF_8),
                "{\"title\":\"no id\"}".getBytes(StandardCharsets.UTF_8),
                "{\"id\":\"x\",\"title\":\"\",\"body\":\" \"}".getBytes(StandardCharsets.UTF_8),
                ArticleRecords.json("big", "HIGH Central Asia", "x".repeat(3000)),
                {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xFF, '"', '}'},
                ArticleRecords.json("boom", "EXPLODE", "the classifier throws on this one"),
        };
        RejectReason[] reasons = {RejectReason.NOT_JSON, RejectReason.MISSING_ID, RejectReason.NO_TEXT,
                RejectReason.TOO_LARGE, RejectReason.INVALID_UTF8, RejectReason.CLASSIFIER_ERROR};
        input().pipeInput(null, ArticleRecords.json("before", "HIGH Central Asia", "text"));
        for (byte[] record : bad) {
            input().pipeInput("k".getBytes(StandardCharsets.UTF_8), record);
        }
        input().pipeInput(null, ArticleRecords.json("after", "LOW Western Europe", "text"));

        assertThat(articleIds("incident.alerts")).containsExactly("before", "after");
        List<TestRecord<byte[], byte[]>> dead = driver.createOutputTopic("news.articles.dlq",
                new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer()).readRecordsToList();
        assertThat(dead).hasSize(bad.length);
        for (int i = 0; i < bad.length; i++) {
            TestRecord<byte[], byte[]> r = dead.get(i);
            assertThat(r.value()).as("original bytes kept").isEqualTo(bad[i]);
            assertThat(r.key()).isEqualTo("k".getBytes(StandardCharsets.UTF_8));
            assertThat(header(r, DeadLetters.REASON_HEADER)).isEqualTo(reasons[i].name());
            assertThat(header(r, DeadLetters.TOPIC_HEADER)).isEqualTo("news.articles");
            assertThat(header(r, DeadLetters.OFFSET_HEADER)).isEqualTo(Integer.toString(i + 1));
            assertThat(header(r, DeadLetters.MESSAGE_HEADER)).isNotBlank();
        }
        assertThat(deadLettered).containsExactly(reasons);
    }

    @Test
    void topologyNamesEveryProcessor() {
        String topology = IncidentTopology.build(settings(config(Map.of())), byTitle(), CLOCK, PipelineListener.NONE)
                .describe().toString();
        assertThat(topology).contains("read-articles", "validate-article", "classify", "keep-incidents", "to-alert", "write-alerts",
                "write-region-alerts", "write-critical-alerts", "key-by-country", "incidents-by-country-repartition",
                "identify-incident", "incident-index", "write-incident-state", "read-incident-state", "incident-states",
                "incidents-by-region-repartition", "count-regional-incidents", "region-counts", "write-incident-stats",
                "write-surge-alerts").doesNotContain("KSTREAM-").doesNotContain("KTABLE-");
    }

    /** A stand-in classifier driven by the title: severity word, region words, EXPLODE throws. */
    private static Function<Article, Classification> byTitle() {
        return article -> {
            String t = article.title();
            if (t.contains("EXPLODE")) {
                throw new IllegalStateException("classifier failure");
            }
            Severity severity = null;
            for (Severity s : Severity.values()) {
                if (t.startsWith(s.name())) {
                    severity = s;
                }
            }
            if (severity == null) {
                return Classification.notIncident(article.id(), 0.9, List.of());
            }
            String region = t.contains("Central Asia") ? "Central Asia" : t.contains("Western Europe") ? "Western Europe" : null;
            Location location = region == null ? null
                    : new Location(null, null, "Somewhere", "XX", region, "Earth", 0.0, 0.0, Precision.COUNTRY);
            return new Classification(article.id(), true, Category.ARMED_ASSAULT, severity, 0.8, location,
                    new Casualties(1, 2), List.of());
        };
    }

    private void start(Map<String, String> overrides, Function<Article, Classification> classifier) {
        topology = TopologyHarness.start(classifier, NOW, overrides);
        driver = topology.driver();
        deadLettered = topology.recorded().deadLettered();
    }

    private static IncidentTopology.Settings settings(AppConfig c) {
        return IncidentTopology.Settings.of(c);
    }

    private static AppConfig config(Map<String, String> overrides) {
        return TopologyHarness.config(Map.of(), overrides);
    }

    private TestInputTopic<byte[], byte[]> input() {
        return topology.input();
    }

    private TestOutputTopic<String, AlertData> alerts(String topic) {
        return topology.alerts(topic);
    }

    private List<String> articleIds(String topic) {
        return alerts(topic).readValuesToList().stream().map(AlertData::articleId).toList();
    }

    private static String header(TestRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
