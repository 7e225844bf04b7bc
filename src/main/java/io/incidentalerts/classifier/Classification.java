package io.incidentalerts.classifier;

import java.util.List;

/**
 * The classifier's verdict on one article. When {@code incident} is false the other fields except
 * {@code articleId}, {@code confidence} and {@code evidence} are null.
 */
public record Classification(
        String articleId,
        boolean incident,
        Category category,
        Severity severity,
        double confidence,
        Location location,
        Casualties casualties,
        List<Evidence> evidence) {

    public static Classification notIncident(String articleId, double confidence, List<Evidence> evidence) {
        return new Classification(articleId, false, null, null, confidence, null, null, List.copyOf(evidence));
    }
}
