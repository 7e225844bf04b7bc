package io.incidentalerts.surge;

import io.incidentalerts.classifier.Category;
import java.time.Instant;

/**
 * Incidents (not articles) first reported in one region and category within one window: a record of
 * the {@code incident.stats} topic. {@code baseline} is set for 24 h windows only: the mean 24 h count
 * of the preceding days. {@code surge} is true on the one record whose count first crossed the threshold.
 */
public record RegionStats(
        String region,
        Category category,
        String window,
        Instant windowStart,
        Instant windowEnd,
        long count,
        Double baseline,
        boolean surge) {

    public static final String HOUR = "1h";
    public static final String DAY = "24h";
}
