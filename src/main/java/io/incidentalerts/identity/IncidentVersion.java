package io.incidentalerts.identity;

import io.incidentalerts.classifier.Casualties;
import io.incidentalerts.classifier.Category;
import io.incidentalerts.classifier.Location;
import io.incidentalerts.classifier.Severity;
import java.time.Instant;
import java.util.List;

/**
 * One raised alert of an incident: what it said and which fields changed from the version before, with
 * the raising article's title and its evidence, each span inside its sentence.
 */
public record IncidentVersion(
        int version,
        AlertType alertType,
        String articleId,
        String outlet,
        Instant detectedAt,
        List<String> changedFields,
        Category category,
        Severity severity,
        Location location,
        Casualties casualties,
        String title,
        List<EvidenceQuote> evidence) {

    public IncidentVersion {
        changedFields = List.copyOf(changedFields);
        // states written before versions kept their evidence have none
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
