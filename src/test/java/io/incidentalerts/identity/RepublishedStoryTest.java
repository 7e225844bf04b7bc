package io.incidentalerts.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.article.ArticleParser;
import io.incidentalerts.classifier.Article;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.config.IncidentSettings;
import io.incidentalerts.support.ArticleRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An outlet publishes the same story again under a new id, as the reliability workloads do with the
 * bundled samples. Within the identity window that is a copy by design: the incident records the
 * article, but there is nothing new to alert about.
 */
class RepublishedStoryTest {

    private static final IncidentClassifier CLASSIFIER = IncidentClassifier.loadDefault();
    private static final Instant ARRIVAL = Instant.parse("2026-11-25T12:00:00Z");
    private static final Instant PUBLISHED = Instant.parse("1802-05-03T13:00:00Z");

    private final IncidentMatcher matcher = new IncidentMatcher(IncidentSettings.DEFAULT.identityWindow(),
            IncidentSettings.DEFAULT.maxDistanceKm());
    private final KnownIncident incident = IncidentMerger.open("inc-kirkuk", kirkukSample("first", PUBLISHED), ARRIVAL)
            .incident();

    @Test
    void republishedWithinTheWindowItJoinsTheIncidentWithoutAnAlert() {
        Report again = kirkukSample("again", PUBLISHED.plus(Duration.ofHours(21)));

        assertThat(matcher.match(again, List.of(incident))).contains(incident);
        Decision decision = IncidentMerger.merge(incident, again, ARRIVAL);
        assertThat(decision.kind()).isEqualTo(Decision.Kind.DUPLICATE);
        assertThat(decision.raisesAlert()).isFalse();
        assertThat(decision.state().incidentId()).isEqualTo("inc-kirkuk");
        assertThat(decision.state().articleIds()).containsExactly("first", "again");
        assertThat(decision.state().lastSeen()).isEqualTo(again.time());
    }

    @Test
    void republishedAfterTheWindowItIsANewIncident() {
        Report again = kirkukSample("again", PUBLISHED.plus(Duration.ofHours(73)));

        assertThat(matcher.match(again, List.of(incident))).isEmpty();
    }

    /** The bundled Kirkuk car-bomb sample under another id and publish time, classified for real. */
    private static Report kirkukSample(String id, Instant published) {
        Article sample = new ArticleParser(1 << 20).parse(ArticleRecords.samples().get(1));
        Article copy = new Article(id, sample.url(), sample.source(), sample.title(), sample.body(), published,
                sample.language());
        return Report.of(copy, CLASSIFIER.classify(copy), ARRIVAL);
    }
}
