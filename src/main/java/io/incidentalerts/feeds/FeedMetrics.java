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

    /** Metric names, as documented in the README. */
    enum Name {
        FETCHES("feed-fetches-total", "Fetches that got an answer or failed"),
        NOT_MODIFIED("feed-not-modified-total", "Fetches answered 304, or 200 with the body of the last fetch"),
        FETCH_ERRORS("feed-fetch-errors-total", "Fetches that failed: HTTP error, timeout, body over the limit, no connection"),
        PARSE_ERRORS("feed-parse-errors-total", "Bodies that were no readable RSS or Atom feed"),
        ITEMS_NEW("feed-items-new-total", "Items published for the first time"),
        ITEMS_REPEATED("feed-items-repeated-total", "Items skipped because their key was published before"),
        ITEMS_EMPTY("feed-items-empty-total", "Items skipped because they had neither title nor text"),
        LAST_SUCCESS("feed-last-success-timestamp-ms", "When the feed last answered well (epoch ms, 0 = never)"),
        CONSECUTIVE_FAILURES("feed-consecutive-failures", "Failures since the last good answer");

        final String metric;
        final String description;

        Name(String metric, String description) {
            this.metric = metric;
            this.description = description;
        }
    }

    private final AtomicLong[] values = new AtomicLong[Name.values().length];
    private final List<MetricName> registered = new ArrayList<>();
    private final PluginMetrics plugin;

    FeedMetrics(PluginMetrics plugin, String redactedFeed) {
        this.plugin = plugin;
        for (Name n : Name.values()) {
            AtomicLong value = new AtomicLong();
            values[n.ordinal()] = value;
            if (plugin != null) {
                LinkedHashMap<String, String> tags = new LinkedHashMap<>();
                tags.put("feed", redactedFeed);
                MetricName name = plugin.metricName(n.metric, n.description, tags);
                plugin.addMetric(name, (Gauge<Long>) (config, now) -> value.get());
                registered.add(name);
            }
        }
    }

    void increment(Name name) {
        add(name, 1);
    }

    void add(Name name, long delta) {
        values[name.ordinal()].addAndGet(delta);
    }

    void set(Name name, long value) {
        values[name.ordinal()].set(value);
    }

    long get(Name name) {
        return values[name.ordinal()].get();
    }

    void close() {
        if (plugin != null) {
            registered.forEach(plugin::removeMetric);
        }
    }
}
