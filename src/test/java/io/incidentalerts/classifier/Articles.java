package io.incidentalerts.classifier;

import static org.assertj.core.api.Assertions.assertThat;

/** Shared helpers for classifier tests. */
final class Articles {

    /** GTD totals (attackers killed included), the convention these tests spell out; victims-only has its own test. */
    static final IncidentClassifier CLASSIFIER = IncidentClassifier.load(true);

    private Articles() {
    }

    static Classification classify(String title, String body) {
        Classification c = CLASSIFIER.classify(new Article("t", null, null, title, body, null, "en"));
        assertEvidenceConsistent(new Article("t", null, null, title, body, null, "en"), c);
        return c;
    }

    static Classification body(String body) {
        return classify(null, body);
    }

    static void assertEvidenceConsistent(Article a, Classification c) {
        String text = a.analysedText();
        for (Evidence e : c.evidence()) {
            assertThat(e.start()).isBetween(0, e.end());
            assertThat(e.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
        }
        assertThat(c.confidence()).isBetween(0.0, 1.0);
    }
}
