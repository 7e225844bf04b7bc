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
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Gives each incident article its incident. Input is keyed by country, so every incident an article
 * could belong to is in this task's store, keyed {@code country|incidentId}. Incidents whose last
 * article is older than the retention (measured against the newest article time seen) are removed
 * and a tombstone goes to the state topic.
 */
final class IdentifyIncidents implements Processor<String, Judged, String, IncidentEvent> {

    static final String STORE = "incident-index";
    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

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

    static StoreBuilder<KeyValueStore<String, KnownIncident>> storeBuilder() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                new JsonSerde<>(KnownIncident.class));
    }

    @Override
    public void init(ProcessorContext<String, IncidentEvent> context) {
        this.context = context;
        this.store = context.getStateStore(STORE);
        context.schedule(PURGE_EVERY, PunctuationType.WALL_CLOCK_TIME, now -> purge());
    }

    @Override
    public void process(Record<String, Judged> record) {
        Judged judged = record.value();
        Report report = Report.of(judged.article(), judged.result(), Instant.ofEpochMilli(record.timestamp()));
        if (report.time().isAfter(newest)) {
            newest = report.time();
        }
        String prefix = record.key() + "|";
        List<KnownIncident> known = new ArrayList<>();
        try (KeyValueIterator<String, KnownIncident> it = store.prefixScan(prefix, new StringSerializer())) {
            it.forEachRemaining(kv -> known.add(kv.value));
        }
        Instant now = clock.instant();
        Decision decision = matcher.match(report, known)
                .map(incident -> IncidentMerger.merge(incident, report, now))
                .orElseGet(() -> IncidentMerger.open(AlertFactory.incidentId(report.articleId()), report, now));
        String incidentId = decision.state().incidentId();
        store.put(prefix + incidentId, decision.incident());
        AlertData alert = null;
        if (decision.raisesAlert()) {
            alert = alerts.create(judged.article(), judged.result(), decision);
        } else {
            listener.duplicate(decision.state());
        }
        context.forward(record.withKey(incidentId).withValue(new IncidentEvent(decision.state(), alert)));
    }

    private void purge() {
        if (newest == Instant.MIN) {
            return;
        }
        Instant cutoff = newest.minus(retention);
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, KnownIncident> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, KnownIncident> kv = it.next();
                if (kv.value.state().lastSeen().isBefore(cutoff)) {
                    expired.add(kv.key);
                }
            }
        }
        long now = clock.millis();
        for (String key : expired) {
            store.delete(key);
            String incidentId = key.substring(key.indexOf('|') + 1);
            context.forward(new Record<>(incidentId, IncidentEvent.expired(), now));
        }
    }

}
