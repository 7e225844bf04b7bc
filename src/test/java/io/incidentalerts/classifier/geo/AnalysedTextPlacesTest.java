package io.incidentalerts.classifier.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.classifier.dateline.Dateline;
import io.incidentalerts.classifier.dateline.DatelineReader;
import io.incidentalerts.classifier.text.AnalysedText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Places read from the classifier's tokens give what the resolver finds reading the text itself. */
class AnalysedTextPlacesTest {

    private static final PlaceResolver RESOLVER = PlaceResolver.loadDefault();

    @Test
    void tokensThatStopShortOfTheScanAreReadOn() {
        String filler = "the weather was mild and nothing else happened ".repeat(500);
        String text = filler.substring(0, 19_997) + " clashes in Kandahar";
        AnalysedText shortTokens = AnalysedText.of(text, 20_000); // "Kandahar" is cut at the limit
        assertThat(RESOLVER.resolveAnalysed(shortTokens, Optional.empty(), List.of())).map(m -> m.location().city())
                .contains("Kandahar");
        assertThat(RESOLVER.resolve(text)).map(m -> m.location().city()).contains("Kandahar");
    }

    @Test
    void theClassifiersTokensGiveTheSamePlaceAsTheText() {
        String text = "ALMATY, Kazakhstan (AP) -- Gunmen attacked a police station in Aktobe.";
        AnalysedText analysed = AnalysedText.of(text, 20_000);
        Optional<Dateline> dateline = DatelineReader.english().read(text, analysed.tokens());
        assertThat(RESOLVER.resolveAnalysed(analysed, dateline, List.of())).isEqualTo(RESOLVER.resolve(text));
    }
}
