package io.incidentalerts.classifier;

import io.incidentalerts.classifier.geo.PlaceResolver;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether an article reports a security incident and extracts category, place, toll and
 * severity with evidence. Pure, deterministic and thread-safe; build once with {@link #loadDefault()}.
 * STUB: the rule-based implementation replaces it.
 */
public final class IncidentClassifier {

    private final PlaceResolver places;

    private IncidentClassifier(PlaceResolver places) {
        this.places = places;
    }

    public static IncidentClassifier loadDefault() {
        return new IncidentClassifier(PlaceResolver.loadDefault());
    }

    public Classification classify(Article article) {
        String text = article.analysedText();
        String lower = text.toLowerCase(Locale.ROOT);
        int at = lower.indexOf("attack");
        if (at < 0) {
            return Classification.notIncident(article.id(), 0.9, List.of());
        }
        Evidence trigger = new Evidence("category", text.substring(at, at + 6), at, at + 6);
        return new Classification(article.id(), true, Category.ARMED_ASSAULT, Severity.MODERATE, 0.5,
                null, Casualties.NONE, List.of(trigger));
    }
}
