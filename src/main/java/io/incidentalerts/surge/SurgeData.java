package io.incidentalerts.surge;

import io.incidentalerts.classifier.Category;
import java.time.Instant;

/**
 * The {@code data} of a SURGE alert event (schema {@code schema/surge-data.schema.json}): a region's
 * 24 h count of new incidents in one category rose above {@code factor} times its baseline.
 */
public record SurgeData(
        String alertType,
        String region,
        Category category,
        Instant windowStart,
        Instant windowEnd,
        long count,
        double baseline,
        double factor,
        Instant detectedAt) {

    public static final String SURGE = "SURGE";
}
