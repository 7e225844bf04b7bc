package io.incidentalerts.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WeightsTest {

    @Test
    void valuesAreReadByNameAndEveryNameMustBeTaken() {
        Weights w = Weights.load("classifier/event-place-weights.tsv");
        assertThat(w.number("cue")).isEqualTo(1.6);
        assertThat(w.whole("big.city")).isEqualTo(1_000_000L);
        assertThatThrownBy(w::allTaken).hasMessageContaining("event-place-weights.tsv")
                .hasMessageContaining("is read by no code");
        assertThatThrownBy(() -> w.number("no.such.weight"))
                .hasMessage("classifier/event-place-weights.tsv: missing no.such.weight");
    }

    @Test
    void aValueOfTheWrongKindIsNamed() {
        Weights w = Weights.load("classifier/decision.tsv");
        assertThatThrownBy(() -> w.whole("base")).hasMessageContaining("base is not a whole number: 1.0");
    }

    @Test
    void aMissingFileIsAnError() {
        assertThatThrownBy(() -> Weights.load("classifier/nope.tsv")).hasMessageContaining("classifier/nope.tsv");
    }
}
