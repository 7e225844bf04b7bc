package io.incidentalerts.streams;

import io.incidentalerts.classifier.Article;
import io.incidentalerts.classifier.Classification;

/** An article with the classifier's verdict on it; crosses the repartition topic as JSON. */
public record Judged(Article article, Classification result) {

    /** Incidents are matched within one country, so all articles of a country meet in one task. */
    public String countryKey() {
        return result.location() == null || result.location().countryCode() == null
                ? "??" : result.location().countryCode();
    }
}
