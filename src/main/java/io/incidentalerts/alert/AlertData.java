package io.incidentalerts.alert;

import io.incidentalerts.classifier.Casualties;
import io.incidentalerts.classifier.Category;
import io.incidentalerts.classifier.Evidence;
import io.incidentalerts.classifier.Location;
import io.incidentalerts.classifier.Severity;
import io.incidentalerts.identity.AlertType;
import java.time.Instant;
import java.util.List;

/**
 * The {@code data} of an alert event: schema {@code schema/alert-data.schema.json}. Category, severity,
 * location and casualties are the incident's as known after this alert; article fields and evidence
 * are those of the article that raised it.
 */
public record AlertData(
        String incidentId,
        String articleId,
        String articleUrl,
        String title,
        Category category,
        Severity severity,
        double confidence,
        Location location,
        Casualties casualties,
        List<Evidence> evidence,
        Instant publishedAt,
        Instant detectedAt,
        AlertType alertType,
        int version,
        List<String> changedFields,
        List<String> sources,
        boolean corroborated) {

    public AlertData {
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The UN M49 sub-region, or null when the place is unknown. */
    public String region() {
        return location == null ? null : location.region();
    }
}
