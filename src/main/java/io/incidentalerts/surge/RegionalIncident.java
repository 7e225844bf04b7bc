package io.incidentalerts.surge;

import io.incidentalerts.classifier.Category;
import java.time.Instant;

/** A new incident as the regional counts see it: where, what, and when it was first reported. */
public record RegionalIncident(String region, Category category, Instant time) {

    public String key() {
        return region + "/" + category;
    }
}
