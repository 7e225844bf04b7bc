package io.incidentalerts.metrics;

import io.incidentalerts.alert.AlertData;
import io.incidentalerts.alert.Regions;
import io.incidentalerts.article.RejectReason;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.classifier.Severity;
import io.incidentalerts.identity.AlertType;
import io.incidentalerts.identity.IncidentState;
import io.incidentalerts.surge.SurgeData;
import io.incidentalerts.streams.PipelineListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service's own metrics (names as Micrometer spells them; docs/operations.md lists the
 * Prometheus names). Tags are bounded: outcome, reason, category, severity and region each take a
 * fixed set of values, region being an M49 sub-region or "unknown"; exception names a class of the
 * classifier's failures.
 */
public final class ServiceMetrics implements PipelineListener {

    public static final String ARTICLES = "incident.alerts.articles";
    public static final String DEAD_LETTERS = "incident.alerts.dead.letters";
    public static final String ALERTS = "incident.alerts.alerts";
    public static final String ALERTS_BY_SEVERITY = "incident.alerts.alerts.by.severity";
    public static final String CLASSIFICATION = "incident.alerts.classification";
    public static final String PUBLISH_DELAY = "incident.alerts.publish.to.alert.delay";
    public static final String RECORD_DELAY = "incident.alerts.record.to.alert.delay";
    public static final String DUPLICATES = "incident.alerts.duplicates";
    public static final String UPDATES = "incident.alerts.updates";
    public static final String SURGES = "incident.alerts.surges";
    public static final String CLASSIFIER_FAILURES = "incident.alerts.classifier.failures";

    static final String UNKNOWN_REGION = "unknown";

    private final MeterRegistry registry;
    private final Clock clock;
    private final Counter incidents;
    private final Counter notIncidents;
    private final Counter deadLettered;
    private final Map<RejectReason, Counter> deadLetters = new EnumMap<>(RejectReason.class);
    private final Map<Severity, Counter> bySeverity = new EnumMap<>(Severity.class);
    private final Timer classification;
    private final Timer publishDelay;
    private final Timer recordDelay;
    private final Counter duplicates;
    private final Counter updates;

    public ServiceMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        // Everything that can be created up front is, so rate() and increase() see the first event too.
        this.incidents = articles("incident");
        this.notIncidents = articles("not_incident");
        this.deadLettered = articles("dead_letter");
        for (RejectReason reason : RejectReason.values()) {
            deadLetters.put(reason, Counter.builder(DEAD_LETTERS)
                    .description("Input records sent to the dead-letter topic, by reason")
                    .tag("reason", reason.name())
                    .register(registry));
        }
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, Counter.builder(ALERTS_BY_SEVERITY)
                    .description("Alerts raised, by severity only (every severity exists from the start)")
                    .tag("severity", severity.name())
                    .register(registry));
        }
        this.classification = Timer.builder(CLASSIFICATION)
                .description("Time to classify one article")
                .serviceLevelObjectives(millis(0.1), millis(0.25), millis(0.5), millis(1), millis(2.5), millis(5),
                        millis(10), millis(25), millis(50), millis(100), millis(250), millis(1000))
                .register(registry);
        this.recordDelay = Timer.builder(RECORD_DELAY)
                .description("Time from an input record's Kafka timestamp to its alert")
                .serviceLevelObjectives(millis(10), millis(50), millis(100), millis(250), millis(500),
                        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
                        Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15))
                .register(registry);
        this.duplicates = Counter.builder(DUPLICATES)
                .description("Articles that joined a known incident and told nothing new, so raised no alert")
                .register(registry);
        this.updates = Counter.builder(UPDATES)
                .description("UPDATE alerts: a later article raised the toll, changed the category or sharpened the place")
                .register(registry);
        this.publishDelay = Timer.builder(PUBLISH_DELAY)
                .description("Time from an article's publishedAt to its alert")
                .serviceLevelObjectives(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
                        Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6),
                        Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(7))
                .register(registry);
    }

    private static Duration millis(double ms) {
        return Duration.ofNanos(Math.round(ms * 1_000_000));
    }

    @Override
    public void classified(Classification result, long nanos) {
        classification.record(nanos, TimeUnit.NANOSECONDS);
        (result.incident() ? incidents : notIncidents).increment();
    }

    @Override
    public void alerted(AlertData alert, long recordTimestampMs) {
        Counter.builder(ALERTS)
                .description("Alerts raised, by region, category and severity")
                .tag("region", regionTag(alert.region()))
                .tag("category", alert.category().name())
                .tag("severity", alert.severity().name())
                .register(registry)
                .increment();
        bySeverity.get(alert.severity()).increment();
        if (alert.alertType() == AlertType.UPDATE) {
            updates.increment();
        }
        long now = clock.millis();
        if (alert.publishedAt() != null) {
            publishDelay.record(Math.max(0, now - alert.publishedAt().toEpochMilli()), TimeUnit.MILLISECONDS);
        }
        if (recordTimestampMs > 0) {
            recordDelay.record(Math.max(0, now - recordTimestampMs), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void deadLettered(RejectReason reason) {
        deadLettered.increment();
        deadLetters.get(reason).increment();
    }

    /** Tagged with the failure's class name: bounded, since only the classifier's own code can throw. */
    @Override
    public void classifierFailed(String articleId, Class<? extends Throwable> failure) {
        Counter.builder(CLASSIFIER_FAILURES)
                .description("Articles the classifier failed on (each also a CLASSIFIER_ERROR dead letter), by exception class")
                .tag("exception", failure.getName())
                .register(registry)
                .increment();
    }

    @Override
    public void duplicate(IncidentState incident) {
        duplicates.increment();
    }

    @Override
    public void surged(SurgeData surge) {
        Counter.builder(SURGES)
                .description("SURGE alerts raised, by region")
                .tag("region", regionTag(surge.region()))
                .register(registry)
                .increment();
    }

    /** Only the known sub-regions become label values, whatever the classifier returns. */
    static String regionTag(String region) {
        return Regions.isKnown(region) ? region : UNKNOWN_REGION;
    }

    private Counter articles(String outcome) {
        return Counter.builder(ARTICLES)
                .description("Input records by outcome: incident, not_incident or dead_letter")
                .tag("outcome", outcome)
                .register(registry);
    }
}
