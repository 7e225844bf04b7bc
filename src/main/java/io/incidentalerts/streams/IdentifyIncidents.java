package io.incidentalerts.streams;

import io.incidentalerts.alert.AlertData;
import io.incidentalerts.alert.AlertFactory;
import io.incidentalerts.identity.Decision;
import io.incidentalerts.identity.IncidentMatcher;
import io.incidentalerts.identity.IncidentMerger;
import io.incidentalerts.identity.KnownIncident;
import io.incidentalerts.identity.Report;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Gives each incident article its incident. Input is keyed by country, so every incident an article
 * could belong to is in this task's store, keyed {@code country|lastSeen|incidentId} with the time as
 * fixed-width digits: the candidates for an article are one range scan (incidents of its country whose
 * last article is at most the identity window before it), and expiry is decided from keys alone.
 * Incidents whose last article is older than the retention (measured against the newest article time
 * seen) are removed and a tombstone goes to the state topic.
 */
final class IdentifyIncidents implements Processor<String, Sighting, String, IncidentEvent> {

    static final String STORE = Topics.INCIDENT_INDEX_STORE;
    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);
    private static final long TIME_SHIFT = 1_000_000_000_000_000_000L;
    private static final long TIME_MAX = 8_000_000_000_000_000_000L;

    private final IncidentMatcher matcher;
    private final Duration retention;
    private final AlertFactory alerts;
    private final Clock clock;
    private final PipelineListener listener;
    private ProcessorContext<String, IncidentEvent> context;
    private KeyValueStore<String, KnownIncident> store;
    private Instant newest = Instant.MIN;

    IdentifyIncidents(IncidentMatcher matcher, Duration retention, AlertFactory alerts, Clock clock,
                      PipelineListener listener) {
        this.matcher = matcher;
        this.retention = retention.compareTo(matcher.window()) < 0 ? matcher.window() : retention;
        this.alerts = alerts;
        this.clock = clock;
        this.listener = listener;
    }

    @Override
    public void init(ProcessorContext<String, IncidentEvent> context) {
        this.context = context;
        this.store = context.getStateStore(STORE);
        context.schedule(PURGE_EVERY, PunctuationType.WALL_CLOCK_TIME, now -> purge());
    }

    @Override
    public void process(Record<String, Sighting> record) {
        Sighting sighting = record.value();
        Report report = sighting.report();
        if (report.time().isAfter(newest)) {
            newest = report.time();
        }
        String country = record.key();
        List<KnownIncident> known = new ArrayList<>();
        try (KeyValueIterator<String, KnownIncident> it = store.range(
                key(country, report.time().minus(matcher.window()), ""), country + "|~")) {
            it.forEachRemaining(kv -> known.add(kv.value));
        }
        Instant now = clock.instant();
        Optional<KnownIncident> match = matcher.match(report, known);
        Decision decision = match
                .map(incident -> IncidentMerger.merge(incident, report, now))
                .orElseGet(() -> IncidentMerger.open(AlertFactory.incidentId(report.articleId()), report, now));
        String incidentId = decision.state().incidentId();
        match.ifPresent(old -> store.delete(key(country, old.state().lastSeen(), incidentId)));
        store.put(key(country, decision.state().lastSeen(), incidentId), decision.incident());
        AlertData alert = null;
        if (decision.raisesAlert()) {
            alert = alerts.create(report.articleId(), sighting.url(), sighting.title(), sighting.publishedAt(),
                    sighting.evidence(), decision);
        } else {
            listener.duplicate(decision.state());
        }
        context.forward(record.withKey(incidentId).withValue(new IncidentEvent(decision.state(), alert)));
    }

    private void purge() {
        if (newest == Instant.MIN) {
            return;
        }
        String cutoff = time(newest.minus(retention));
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, KnownIncident> it = store.all()) {
            while (it.hasNext()) {
                String key = it.peekNextKey();
                String[] parts = key.split("\\|", 3);
                if (parts[1].compareTo(cutoff) < 0) {
                    expired.add(key);
                }
                it.next();
            }
        }
        long now = clock.millis();
        for (String key : expired) {
            store.delete(key);
            String incidentId = key.split("\\|", 3)[2];
            context.forward(new Record<>(incidentId, IncidentEvent.expired(), now));
        }
    }

    static String key(String country, Instant lastSeen, String incidentId) {
        return country + "|" + time(lastSeen) + "|" + incidentId;
    }

    /** Epoch millis shifted to be positive and zero-padded, so that key order is time order. */
    private static String time(Instant t) {
        long shifted = Math.max(0, Math.min(t.toEpochMilli(), TIME_MAX) + TIME_SHIFT);
        return String.format("%019d", shifted);
    }

}
