package io.incidentalerts.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.classifier.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceQuoteTest {

    private static final String TEXT = "Gunmen kill 5 in Kabul\n\nPolice said so. Gunmen killed five people at a market"
            + " in Kabul, Afghanistan, on Monday. Eight were wounded.";

    private static Evidence span(String field, String text) {
        int start = TEXT.indexOf(text);
        return new Evidence(field, text, start, start + text.length());
    }

    @Test
    void aSpanIsQuotedInsideItsSentenceWithItsOffsetsThere() {
        EvidenceQuote q = EvidenceQuote.of(List.of(span("killed", "killed five people")), TEXT).get(0);
        assertThat(q.sentence()).isEqualTo("Gunmen killed five people at a market in Kabul, Afghanistan, on Monday.");
        assertThat(q.sentence().substring(q.start(), q.end())).isEqualTo("killed five people").isEqualTo(q.text());
        assertThat(q.field()).isEqualTo("killed");
    }

    @Test
    void aTitleSpanIsQuotedInTheTitleLine() {
        EvidenceQuote q = EvidenceQuote.of(List.of(span("location", "Kabul")), TEXT).get(0);
        assertThat(q.sentence()).isEqualTo("Gunmen kill 5 in Kabul");
        assertThat(q.start()).isEqualTo(17);
    }

    @Test
    void longSentencesAreCutAtASpaceOnEachSide() {
        String words = "word ".repeat(100);
        String text = words + "the bomb went off " + words + ".";
        int start = text.indexOf("bomb");
        EvidenceQuote q = EvidenceQuote.of(List.of(new Evidence("category", "bomb", start, start + 4)), text).get(0);
        assertThat(q.sentence()).startsWith("…word").endsWith("word…");
        assertThat(q.sentence().length()).isLessThanOrEqualTo(2 * EvidenceQuote.MAX_SIDE + 6);
        assertThat(q.sentence().substring(q.start(), q.end())).isEqualTo("bomb");
    }

    @Test
    void spansOutsideTheTextAreLeftOut() {
        assertThat(EvidenceQuote.of(List.of(new Evidence("killed", "x", 500, 501), new Evidence("killed", "", 3, 3)),
                TEXT)).isEmpty();
        assertThat(EvidenceQuote.of(null, TEXT)).isEmpty();
    }
}
