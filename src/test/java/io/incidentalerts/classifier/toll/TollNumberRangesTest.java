package io.incidentalerts.classifier.toll;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.classifier.text.Token;
import io.incidentalerts.classifier.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A range of counts reads as its lowest credible reading, the first figure (README, section Toll). */
class TollNumberRangesTest {

    private static final NumberReader NUMBERS = NumberReader.load();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "between 10 and 12 people|10|4",
        "10 to 12 people|10|3",
        "two or three people|2|3",
        "10-12 people|10|1",
        // no range: the second figure is not higher, or the pair is a rise or a span of years
        "12 or 10 people|12|1",
        "from 10 to 12 people|-1|0",
        "2015-2016 people|-1|0",
        "between 12 and 10 people|-1|0",
    })
    void readsTheLowerFigure(String text, long value, int tokensRead) {
        List<Token> tokens = Tokenizer.tokenize(text, 10_000);
        NumberHit hit = NUMBERS.read(tokens, 0, tokens.size());
        if (value < 0) {
            assertThat(hit).isNull();
            return;
        }
        assertThat(hit).isNotNull();
        assertThat(hit.value()).isEqualTo(value);
        assertThat(hit.to() - hit.from()).as("tokens read").isEqualTo(tokensRead);
    }
}
