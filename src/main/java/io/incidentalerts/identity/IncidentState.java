package io.incidentalerts.identity;

import io.incidentalerts.classifier.Casualties;
import io.incidentalerts.classifier.Category;
import io.incidentalerts.classifier.Location;
import io.incidentalerts.classifier.Severity;
import java.time.Instant;
import java.util.List;

/**
 * The latest known state of one incident, as the compacted {@code incident.state} topic and the query
 * API carry it. {@code firstSeen}/{@code lastSeen} are article times (publication time, else arrival).
 */
public record IncidentState(
        String incidentId,
        int version,
        Category category,
        Severity severity,
        double confidence,
        Location location,
        Casualties casualties,
        Instant firstSeen,
        Instant lastSeen,
        Instant updatedAt,
        List<String> sources,
        boolean corroborated,
        int articles,
        List<String> articleIds,
        List<IncidentVersion> versions) {

    /** Outlets listed at most; the count of articles goes on. */
    public static final int MAX_SOURCES = 50;
    /** Article ids kept, the first ones, for tracing. */
    public static final int MAX_ARTICLE_IDS = 50;
    /** Versions kept: the first and the latest ones. */
    public static final int MAX_VERSIONS = 100;

    public IncidentState {
        sources = List.copyOf(sources);
        articleIds = List.copyOf(articleIds);
        versions = List.copyOf(versions);
    }

    public String region() {
        return location == null ? null : location.region();
    }

    public String countryCode() {
        return location == null ? null : location.countryCode();
    }
}
