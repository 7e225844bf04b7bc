package io.incidentalerts.streams;

import io.incidentalerts.classifier.Article;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.classifier.Evidence;
import io.incidentalerts.identity.Report;
import java.time.Instant;
import java.util.List;

/**
 * An incident article as identity needs it: the {@link Report} it is matched by and the few article
 * fields its alert quotes. This, not the article with its body of up to 1 MiB, crosses the
 * {@value Topics#INCIDENTS_BY_COUNTRY} repartition topic.
 */
public record Sighting(Report report, String url, String title, Instant publishedAt, List<Evidence> evidence) {

    /** Unlocated incidents are spread over this many keys, by the content words of their text. */
    static final int UNLOCATED_BUCKETS = 64;

    public Sighting {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** @param recordTime the input record's timestamp, see {@link Report#of} */
    public static Sighting of(Article article, Classification result, Instant recordTime) {
        return new Sighting(Report.of(article, result, recordTime), article.url(), article.title(),
                article.publishedAt(), result.evidence());
    }

    /**
     * Incidents are matched within one country, so all articles of a country meet in one task. Without
     * a country only copies can match (a follow-up needs a place), so unlocated articles are keyed by
     * the first MinHash of their content words: two copies share it with the probability that they share
     * content words (the Jaccard index, near 1 for wire copies), and the rest spread over the partitions.
     */
    public String partitionKey() {
        var location = report.location();
        if (location != null && location.countryCode() != null) {
            return location.countryCode();
        }
        int[] terms = report.text().terms();
        return terms.length == 0 ? "??" : "??" + Math.floorMod(terms[0], UNLOCATED_BUCKETS);
    }
}
