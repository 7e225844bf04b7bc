package io.incidentalerts.identity;

import io.incidentalerts.classifier.Article;
import io.incidentalerts.classifier.Casualties;
import io.incidentalerts.classifier.Category;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.classifier.Location;
import io.incidentalerts.classifier.Severity;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** What one incident article says, reduced to what identity matching compares. */
public record Report(
        String articleId,
        String outlet,
        Instant time,
        Category category,
        Severity severity,
        double confidence,
        Location location,
        Casualties casualties,
        TextSignature text,
        String title,
        List<EvidenceQuote> evidence) {

    public Report {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /**
     * @param recordTime the input record's timestamp: the article's time when it has no
     *                   {@code publishedAt}, or claims one more than a day after it arrived
     */
    public static Report of(Article article, Classification c, Instant recordTime) {
        Instant published = article.publishedAt();
        Instant time = published == null || published.isAfter(recordTime.plusSeconds(86_400)) ? recordTime : published;
        return new Report(article.id(), outlet(article), time, c.category(), c.severity(), c.confidence(),
                c.location(), c.casualties() == null ? Casualties.NONE : c.casualties(),
                TextSignature.of(article.analysedText()), article.title(),
                EvidenceQuote.of(c.evidence(), article.analysedText()));
    }

    /** The outlet that published the article: its source, else its web host. */
    public static String outlet(Article article) {
        if (article.source() != null && !article.source().isBlank()) {
            return article.source().strip();
        }
        if (article.url() != null) {
            try {
                String host = URI.create(article.url().strip()).getHost();
                if (host != null) {
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException e) {
                // not a URL: fall through
            }
        }
        return "unknown";
    }
}
