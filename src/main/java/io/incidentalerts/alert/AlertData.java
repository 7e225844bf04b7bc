package io.incidentalerts.alert;

import io.incidentalerts.classifier.Casualties;
import io.incidentalerts.classifier.Category;
import io.incidentalerts.classifier.Evidence;
import io.incidentalerts.classifier.Location;
import io.incidentalerts.classifier.Severity;
import java.time.Instant;
import java.util.List;

/** The {@code data} of an alert event: schema {@code schema/alert-data.schema.json}. */
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
        Instant detectedAt) {

    /** The UN M49 sub-region, or null when the place is unknown. */
    public String region() {
        return location == null ? null : location.region();
    }
}
