package io.incidentalerts.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.alert.AlertData;
import io.incidentalerts.identity.AlertType;
import io.incidentalerts.article.RejectReason;
import io.incidentalerts.classifier.Casualties;
import io.incidentalerts.classifier.Category;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.classifier.Location;
import io.incidentalerts.classifier.Precision;
import io.incidentalerts.classifier.Severity;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

class ServiceMetricsTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ServiceMetrics metrics = new ServiceMetrics(registry, Clock.fixed(NOW, ZoneOffset.UTC));

    static AlertData alert(String region, Severity severity) {
        Location place = region == null ? null
                : new Location("Almaty", null, "Kazakhstan", "KZ", region, "Asia", 43.2, 76.9, Precision.CITY);
        return new AlertData("inc-1", "art-1", "https://example.org/a", "Title", Category.BOMBING, severity, 0.9,
                place, new Casualties(4, 7), List.of(), NOW.minusSeconds(600), NOW, AlertType.NEW, 1, List.of(),
                List.of("Wire"), false);
    }

    @Test
    void everyFixedSeriesExistsAtZeroBeforeAnyEvent() {
        assertThat(registry.scrape())
                .contains("incident_alerts_articles_total{outcome=\"incident\"} 0.0")
                .contains("incident_alerts_articles_total{outcome=\"not_incident\"} 0.0")
                .contains("incident_alerts_articles_total{outcome=\"dead_letter\"} 0.0")
                .contains("incident_alerts_dead_letters_total{reason=\"TOO_LARGE\"} 0.0")
                .contains("incident_alerts_alerts_by_severity_total{severity=\"CRITICAL\"} 0.0")
                .contains("incident_alerts_classification_seconds_count 0");
    }

    @Test
    void deadLetterReasonsAreLabelledAsTheDeadLetterHeaderSpellsThem() {
        String scrape = registry.scrape();
        for (RejectReason reason : RejectReason.values()) {
            assertThat(scrape).contains("incident_alerts_dead_letters_total{reason=\"" + reason.name() + "\"}");
        }
    }

    @Test
    void countsOutcomesAlertsAndDeadLetters() {
        metrics.classified(new Classification("a", true, Category.BOMBING, Severity.HIGH, 0.9, null,
                Casualties.NONE, List.of()), 2_000_000);
        metrics.classified(Classification.notIncident("b", 0.9, List.of()), 1_000_000);
        metrics.alerted(alert("Central Asia", Severity.CRITICAL), NOW.toEpochMilli() - 1500);
        metrics.deadLettered(RejectReason.NOT_JSON);

        assertThat(registry.scrape())
                .contains("incident_alerts_articles_total{outcome=\"incident\"} 1.0")
                .contains("incident_alerts_articles_total{outcome=\"not_incident\"} 1.0")
                .contains("incident_alerts_articles_total{outcome=\"dead_letter\"} 1.0")
                .contains("incident_alerts_dead_letters_total{reason=\"NOT_JSON\"} 1.0")
                .contains("incident_alerts_alerts_total{category=\"BOMBING\",region=\"Central Asia\",severity=\"CRITICAL\"} 1.0")
                .contains("incident_alerts_alerts_by_severity_total{severity=\"CRITICAL\"} 1.0")
                .contains("incident_alerts_classification_seconds_bucket{le=\"0.0025\"} 2")
                .contains("incident_alerts_classification_seconds_bucket{le=\"0.001\"} 1")
                .contains("incident_alerts_record_to_alert_delay_seconds_bucket{le=\"1.0\"} 0")
                .contains("incident_alerts_record_to_alert_delay_seconds_bucket{le=\"2.0\"} 1")
                .contains("incident_alerts_publish_to_alert_delay_seconds_bucket{le=\"300.0\"} 0")
                .contains("incident_alerts_publish_to_alert_delay_seconds_bucket{le=\"900.0\"} 1");
    }

    @Test
    void unknownOrUnexpectedRegionsShareOneLabelValue() {
        metrics.alerted(alert(null, Severity.LOW), 0);
        metrics.alerted(alert("Atlantis", Severity.LOW), 0);
        assertThat(registry.scrape())
                .contains("incident_alerts_alerts_total{category=\"BOMBING\",region=\"unknown\",severity=\"LOW\"} 2.0")
                .doesNotContain("Atlantis");
    }

    @Test
    void streamsStateGaugesFollowTheClient() {
        AtomicReference<KafkaStreams.State> state = new AtomicReference<>(KafkaStreams.State.REBALANCING);
        new StreamsStateMetrics(new io.incidentalerts.http.Health(state::get)).bindTo(registry);
        assertThat(registry.scrape())
                .contains("incident_alerts_ready 0.0")
                .contains("incident_alerts_streams_state{state=\"REBALANCING\"} 1.0")
                .contains("incident_alerts_streams_state{state=\"RUNNING\"} 0.0");
        state.set(KafkaStreams.State.RUNNING);
        assertThat(registry.scrape())
                .contains("incident_alerts_ready 1.0")
                .contains("incident_alerts_streams_state{state=\"REBALANCING\"} 0.0")
                .contains("incident_alerts_streams_state{state=\"RUNNING\"} 1.0");
    }

    @Test
    void alertLogKeepsIdsToOneShortLine() {
        assertThat(AlertLog.clean("abc\n12:00 ERROR forged \"x\"")).isEqualTo("abc?12:00 ERROR forged ?x?");
        assertThat(AlertLog.clean("x".repeat(500))).hasSize(AlertLog.MAX_ID_CHARS + 3).endsWith("...");
        assertThat(AlertLog.clean(null)).isEmpty();
    }
}
