package io.incidentalerts.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.classifier.rules.SentenceReader;
import io.incidentalerts.classifier.text.AnalysedText;
import io.incidentalerts.classifier.text.Sentence;
import io.incidentalerts.classifier.text.SentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A main sentence that goes on with the event of the one before ("The explosion killed 53") takes its place too. */
class EventContinuedPlaceTest {

    @Test
    void theSentenceBeforeAnAnaphoricOpeningPlacesTheIncident() {
        // "fuel tanker" is an accident frame, so the first sentence alone is no incident; "6 Turkish soldiers"
        // in the main one would otherwise pull the country
        Classification c = Articles.body("A grenade caused a fuel tanker to explode near a market in Afrin. "
                + "The explosion killed 53 people, including 6 Turkish soldiers.");
        assertThat(c.incident()).isTrue();
        assertThat(c.location().country()).isEqualTo("Syria");
        assertThat(c.location().city()).isEqualTo("Afrin");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The explosion killed 53 people.|true",
        "This attack was the third in a month.|true",
        "\"The blast shook the whole street,\" a witness said.|true",
        "Gunmen killed 53 people.|false",
        "The explosive device was hidden in a cart.|false",
        "The army said the attack was repelled.|false",
    })
    void anOpeningDeterminerAndEventNounContinueTheEventBefore(String sentence, boolean continues) {
        AnalysedText text = AnalysedText.of(sentence, 1000);
        Sentence only = SentenceSplitter.split(text.tokens(), 0).get(0);
        assertThat(SentenceReader.continuesTheEventBefore(text.tokens(), only)).isEqualTo(continues);
    }
}
