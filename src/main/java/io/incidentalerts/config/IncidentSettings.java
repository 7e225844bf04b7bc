package io.incidentalerts.config;

import java.time.Duration;

/** How articles are grouped into incidents and when a region's incident count is a surge. */
public record IncidentSettings(
        Duration identityWindow,
        double maxDistanceKm,
        Duration retention,
        double surgeFactor,
        int surgeMinCount,
        int surgeBaselineDays) {

    public static final IncidentSettings DEFAULT =
            new IncidentSettings(Duration.ofHours(72), 50, Duration.ofHours(168), 3.0, 5, 7);
}
