package io.incidentalerts.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The dateline is read on its own; the sentences of the body are read without it. */
class DatelineBodyTest {

    private static final Instant NEW_YEAR = Instant.parse("2020-01-01T08:00:00Z");

    private static Classification published(String body) {
        Article a = new Article("t", null, null, null, body, NEW_YEAR, "en");
        Classification c = Articles.CLASSIFIER.classify(a);
        Articles.assertEvidenceConsistent(a, c);
        return c;
    }

    @Test
    void theFilingYearOfTheDatelineDoesNotMakeTheLeadBackground() {
        // filed on the last day of 2019, published on the first of 2020: the year is the dateline's, not the event's
        Classification c = published("KABUL, Dec 31, 2019 (Reuters) - A suicide bomber killed 12 people at a "
                + "wedding hall in the city on Tuesday, police said.");
        assertThat(c.incident()).isTrue();
        assertThat(c.casualties().killed()).isEqualTo(12);
        assertThat(c.location().city()).isEqualTo("Kabul");
        assertThat(c.evidence()).anySatisfy(e -> assertThat(e.field()).isEqualTo("dateline"));
    }

    @Test
    void anEarlierYearInTheBodyStillDatesItsSentence() {
        assertThat(published("KABUL, Jan 1 (Reuters) - In 2019 a suicide bomber killed 12 people at a wedding "
                + "hall in the city.").incident()).isFalse();
    }
}
