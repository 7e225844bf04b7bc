package io.incidentalerts.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSignatureTest {

    @Test
    void aCopyWithAFewWordsChangedSharesMostShingles() {
        TextSignature wire = TextSignature.of(Fixtures.WIRE);
        TextSignature copy = TextSignature.of(Fixtures.WIRE.replace("police said", "police officials said")
                .replace("Tuesday morning", "Tuesday"));
        assertThat(wire.copySimilarity(copy)).isGreaterThan(IncidentMatcher.COPY_SIMILARITY);
        assertThat(wire.copySimilarity(wire)).isEqualTo(1.0);
    }

    @Test
    void aFollowUpSharesContentWordsButNotSentences() {
        TextSignature wire = TextSignature.of(Fixtures.WIRE);
        TextSignature followUp = TextSignature.of(Fixtures.FOLLOW_UP);
        assertThat(wire.copySimilarity(followUp)).isLessThan(IncidentMatcher.COPY_SIMILARITY);
        assertThat(wire.termSimilarity(followUp)).isGreaterThan(IncidentMatcher.FOLLOW_UP_TERMS);
    }

    @Test
    void anotherEventInTheSameCitySharesLittle() {
        TextSignature wire = TextSignature.of(Fixtures.WIRE);
        TextSignature kidnap = TextSignature.of(Fixtures.KIDNAP);
        assertThat(wire.termSimilarity(kidnap)).isLessThan(IncidentMatcher.FOLLOW_UP_TERMS);
        assertThat(wire.copySimilarity(kidnap)).isLessThan(0.1);
    }

    @Test
    void signaturesAreStableAndSurviveJson() throws Exception {
        TextSignature a = TextSignature.of(Fixtures.WIRE);
        TextSignature back = io.incidentalerts.alert.Json.MAPPER.readValue(
                io.incidentalerts.alert.Json.MAPPER.writeValueAsBytes(a), TextSignature.class);
        assertThat(back).isEqualTo(a).isEqualTo(TextSignature.of(Fixtures.WIRE));
        assertThat(TextSignature.of("").copySimilarity(TextSignature.of(""))).isZero();
    }
}
