package io.incidentalerts.metrics;

import io.incidentalerts.alert.AlertData;
import io.incidentalerts.article.RejectReason;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.streams.PipelineListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * The service's own metrics. Tags are bounded: outcome, reason, category, severity and region each
 * take a fixed set of values (region: the M49 sub-regions or "unknown").
 */
public final class ServiceMetrics implements PipelineListener {

    public static final String ARTICLES = "incident.alerts.articles";
    public static final String DEAD_LETTERS = "incident.alerts.dead.letters";
    public static final String ALERTS = "incident.alerts.alerts";
    public static final String CLASSIFICATION = "incident.alerts.classification";
    public static final String PUBLISH_DELAY = "incident.alerts.publish.to.alert.delay";
    public static final String RECORD_DELAY = "incident.alerts.record.to.alert.delay";

    private final MeterRegistry registry;
    private final Clock clock;
    private final Counter incidents;
    private final Counter notIncidents;
    private final Timer classification;
    private final DistributionSummary publishDelay;
    private final DistributionSummary recordDelay;

    public ServiceMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        this.incidents = articles("incident");
        this.notIncidents = articles("not_incident");
        articles("dead_letter");
        for (RejectReason reason : RejectReason.values()) {
            deadLetters(reason);
        }
        this.classification = Timer.builder(CLASSIFICATION)
                .description("Time to classify one article")
                .publishPercentileHistogram()
                .register(registry);
        this.publishDelay = DistributionSummary.builder(PUBLISH_DELAY)
                .description("Seconds from an article's publishedAt to its alert")
                .baseUnit("seconds")
                .publishPercentileHistogram()
                .register(registry);
        this.recordDelay = DistributionSummary.builder(RECORD_DELAY)
                .description("Seconds from an input record's timestamp to its alert")
                .baseUnit("seconds")
                .publishPercentileHistogram()
                .register(registry);
    }

    @Override
    public void classified(Classification result, long nanos) {
        classification.record(nanos, TimeUnit.NANOSECONDS);
        (result.incident() ? incidents : notIncidents).increment();
    }

    @Override
    public void alerted(AlertData alert, long recordTimestampMs) {
        Counter.builder(ALERTS)
                .description("Alerts raised")
                .tag("region", alert.region() == null ? "unknown" : alert.region())
                .tag("category", alert.category().name())
                .tag("severity", alert.severity().name())
                .register(registry)
                .increment();
        long now = clock.millis();
        if (alert.publishedAt() != null) {
            publishDelay.record(Math.max(0, now - alert.publishedAt().toEpochMilli()) / 1000.0);
        }
        if (recordTimestampMs > 0) {
            recordDelay.record(Math.max(0, now - recordTimestampMs) / 1000.0);
        }
    }

    @Override
    public void deadLettered(RejectReason reason) {
        articles("dead_letter").increment();
        deadLetters(reason).increment();
    }

    private Counter articles(String outcome) {
        return Counter.builder(ARTICLES)
                .description("Input records by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    private Counter deadLetters(RejectReason reason) {
        return Counter.builder(DEAD_LETTERS)
                .description("Input records sent to the dead-letter topic, by reason")
                .tag("reason", reason.name().toLowerCase(java.util.Locale.ROOT))
                .register(registry);
    }
}
