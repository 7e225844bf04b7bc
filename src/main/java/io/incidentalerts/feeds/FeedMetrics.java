package io.incidentalerts.feeds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Gauge;
import org.apache.kafka.common.metrics.PluginMetrics;

/**
 * One feed's counters, registered with the worker's plugin metrics (KIP-877), so that they show in JMX
 * beside the worker's own under {@code kafka.connect:type=plugins,connector=...,task=...,feed=...}.
 */
final class FeedMetrics {

    private final AtomicLong[] values = new AtomicLong[FeedMetric.values().length];
    private final List<MetricName> registered = new ArrayList<>();
    private final PluginMetrics plugin;

    FeedMetrics(PluginMetrics plugin, String redactedFeed) {
        this.plugin = plugin;
        for (FeedMetric n : FeedMetric.values()) {
            AtomicLong value = new AtomicLong();
            values[n.ordinal()] = value;
            if (plugin != null) {
                LinkedHashMap<String, String> tags = new LinkedHashMap<>();
                tags.put("feed", redactedFeed);
                MetricName name = plugin.metricName(n.metric(), n.description(), tags);
                plugin.addMetric(name, (Gauge<Long>) (config, now) -> value.get());
                registered.add(name);
            }
        }
    }

    void increment(FeedMetric name) {
        add(name, 1);
    }

    void add(FeedMetric name, long delta) {
        values[name.ordinal()].addAndGet(delta);
    }

    void set(FeedMetric name, long value) {
        values[name.ordinal()].set(value);
    }

    long get(FeedMetric name) {
        return values[name.ordinal()].get();
    }

    void close() {
        if (plugin != null) {
            registered.forEach(plugin::removeMetric);
        }
    }
}
