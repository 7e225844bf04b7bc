package io.incidentalerts.streams;

import io.incidentalerts.surge.RegionStats;
import io.incidentalerts.surge.RegionalIncident;
import io.incidentalerts.surge.SurgeRule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Counts new incidents per region and category in tumbling 1 h and 24 h windows (UTC-aligned, by the
 * incident's first report time, so a late article still lands in its own window) and marks the 24 h
 * count that first rises above the surge threshold. Input is keyed {@code region/category}, so each
 * pair's counts live in one task. Buckets older than the baseline needs are purged.
 */
final class CountRegionalIncidents implements Processor<String, RegionalIncident, String, RegionStats> {

    static final String STORE = Topics.REGION_COUNTS_STORE;
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);
    private static final String SURGED = "|surged";

    private final SurgeRule rule;
    private ProcessorContext<String, RegionStats> context;
    private KeyValueStore<String, Long> store;
    private Instant newest = Instant.MIN;

    CountRegionalIncidents(SurgeRule rule) {
        this.rule = rule;
    }

    @Override
    public void init(ProcessorContext<String, RegionStats> context) {
        this.context = context;
        this.store = context.getStateStore(STORE);
        context.schedule(Duration.ofMinutes(5), PunctuationType.WALL_CLOCK_TIME, now -> purge());
    }

    @Override
    public void process(Record<String, RegionalIncident> record) {
        RegionalIncident incident = record.value();
        if (incident.time().isAfter(newest)) {
            newest = incident.time();
        }
        String pair = record.key();
        Instant hour = start(incident.time(), HOUR);
        long hourly = increment(bucket(pair, RegionStats.HOUR, hour));
        context.forward(record.withValue(new RegionStats(incident.region(), incident.category(), RegionStats.HOUR,
                hour, hour.plus(HOUR), hourly, null, false)));

        Instant day = start(incident.time(), DAY);
        String dayKey = bucket(pair, RegionStats.DAY, day);
        long daily = increment(dayKey);
        long[] previous = new long[rule.baselineDays()];
        for (int i = 0; i < previous.length; i++) {
            Long c = store.get(bucket(pair, RegionStats.DAY, day.minus(DAY.multipliedBy(i + 1L))));
            previous[i] = c == null ? 0 : c;
        }
        double baseline = rule.baseline(previous);
        boolean surge = rule.isSurge(daily, baseline) && store.get(dayKey + SURGED) == null;
        if (surge) {
            store.put(dayKey + SURGED, 1L);
        }
        context.forward(record.withValue(new RegionStats(incident.region(), incident.category(), RegionStats.DAY,
                day, day.plus(DAY), daily, baseline, surge)));
    }

    private long increment(String key) {
        Long current = store.get(key);
        long next = current == null ? 1 : current + 1;
        store.put(key, next);
        return next;
    }

    private static String bucket(String pair, String window, Instant start) {
        return pair + "|" + window + "|" + start.toEpochMilli();
    }

    private static Instant start(Instant t, Duration size) {
        return Instant.ofEpochMilli(Math.floorDiv(t.toEpochMilli(), size.toMillis()) * size.toMillis());
    }

    /** Buckets whose window ended more than the baseline (plus a day of slack) before the newest incident. */
    private void purge() {
        if (newest == Instant.MIN) {
            return;
        }
        long cutoff = newest.minus(DAY.multipliedBy(rule.baselineDays() + 2L)).toEpochMilli();
        List<String> old = new ArrayList<>();
        try (KeyValueIterator<String, Long> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, Long> kv = it.next();
                String[] parts = kv.key.split("\\|");
                if (parts.length >= 3 && Long.parseLong(parts[2]) < cutoff) {
                    old.add(kv.key);
                }
            }
        }
        old.forEach(store::delete);
    }
}
