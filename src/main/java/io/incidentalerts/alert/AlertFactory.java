package io.incidentalerts.alert;

import io.incidentalerts.classifier.Article;
import io.incidentalerts.classifier.Classification;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

/** Builds the alert for an article the classifier judged an incident. */
public final class AlertFactory {

    private final Clock clock;

    public AlertFactory(Clock clock) {
        this.clock = clock;
    }

    public AlertData create(Article article, Classification c) {
        if (!c.incident()) {
            throw new IllegalArgumentException("article " + article.id() + " is not an incident");
        }
        return new AlertData(incidentId(article.id()), article.id(), article.url(), article.title(), c.category(),
                c.severity(), c.confidence(), c.location(), c.casualties(), c.evidence(), article.publishedAt(),
                clock.instant());
    }

    /** Stable across replays: the same article always yields the same incident id. */
    static String incidentId(String articleId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(articleId.getBytes(StandardCharsets.UTF_8));
            return "inc-" + HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
