package io.incidentalerts.alert;

import io.incidentalerts.classifier.Article;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.classifier.Evidence;
import io.incidentalerts.identity.AlertType;
import io.incidentalerts.identity.Decision;
import io.incidentalerts.identity.IncidentState;
import io.incidentalerts.identity.Report;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/** Builds the alert for an article the classifier judged an incident. */
public final class AlertFactory {

    private final Clock clock;

    public AlertFactory(Clock clock) {
        this.clock = clock;
    }

    /** The article on its own, as the first and only article of its incident (offline commands). */
    public AlertData create(Article article, Classification c) {
        if (!c.incident()) {
            throw new IllegalArgumentException("article " + article.id() + " is not an incident");
        }
        String outlet = Report.outlet(article);
        return new AlertData(incidentId(article.id()), article.id(), article.url(), article.title(), c.category(),
                c.severity(), c.confidence(), c.location(), c.casualties(), c.evidence(), article.publishedAt(),
                clock.instant(), AlertType.NEW, 1, List.of(), List.of(outlet), false);
    }

    /** The alert a NEW or UPDATE decision raises: the incident's state, the raising article's text and evidence. */
    public AlertData create(Article article, Classification c, Decision decision) {
        return create(article.id(), article.url(), article.title(), article.publishedAt(), c.evidence(), decision);
    }

    /** The same from the raising article's fields alone (what crosses the repartition topic). */
    public AlertData create(String articleId, String url, String title, Instant publishedAt, List<Evidence> evidence,
                            Decision decision) {
        IncidentState s = decision.state();
        return new AlertData(s.incidentId(), articleId, url, title, s.category(), s.severity(),
                s.confidence(), s.location(), s.casualties(), evidence, publishedAt, s.updatedAt(),
                decision.alertType(), s.version(), decision.changedFields(), s.sources(), s.corroborated());
    }

    /** Stable across replays: the same first article always yields the same incident id. */
    public static String incidentId(String articleId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(articleId.getBytes(StandardCharsets.UTF_8));
            return "inc-" + HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
