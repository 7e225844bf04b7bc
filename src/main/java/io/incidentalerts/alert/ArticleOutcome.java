package io.incidentalerts.alert;

import io.incidentalerts.article.ArticleParser;
import io.incidentalerts.article.InvalidArticleException;
import io.incidentalerts.article.RejectReason;
import io.incidentalerts.classifier.Article;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.classifier.ClassifierException;
import io.incidentalerts.classifier.IncidentClassifier;
import java.time.Clock;

/**
 * What becomes of one raw input record: an alert, a non-incident, or a rejection. The offline
 * commands use it; the topology runs the same parser, classifier and factory as separate steps.
 */
public sealed interface ArticleOutcome {

    record Alerted(AlertData alert) implements ArticleOutcome {
    }

    record NotIncident(String articleId, double confidence) implements ArticleOutcome {
    }

    record Rejected(RejectReason reason, String message) implements ArticleOutcome {
    }

    static ArticleOutcome of(byte[] raw, ArticleParser parser, IncidentClassifier classifier, AlertFactory alerts) {
        Article article;
        try {
            article = parser.parse(raw);
        } catch (InvalidArticleException e) {
            return new Rejected(e.reason(), e.getMessage());
        }
        try {
            Classification c = classifier.classify(article);
            return c.incident() ? new Alerted(alerts.create(article, c)) : new NotIncident(article.id(), c.confidence());
        } catch (ClassifierException e) {
            return new Rejected(RejectReason.CLASSIFIER_ERROR, e.getMessage());
        } catch (RuntimeException e) {
            return new Rejected(RejectReason.PROCESSING_ERROR, e.toString());
        }
    }

    static ArticleOutcome of(byte[] raw, int maxBytes, IncidentClassifier classifier, Clock clock) {
        return of(raw, new ArticleParser(maxBytes), classifier, new AlertFactory(clock));
    }
}
