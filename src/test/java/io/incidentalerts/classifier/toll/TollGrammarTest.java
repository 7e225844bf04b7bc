package io.incidentalerts.classifier.toll;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.classifier.text.Months;
import io.incidentalerts.classifier.text.Token;
import io.incidentalerts.classifier.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Behaviours the word lists of toll-grammar.tsv and months.tsv drive in the number reader. */
class TollGrammarTest {

    private static final NumberReader NUMBERS = NumberReader.load();

    private static NumberHit firstNumber(String text) {
        List<Token> tokens = Tokenizer.tokenize(text, 10_000);
        for (int i = 0; i < tokens.size(); i++) {
            NumberHit hit = NUMBERS.read(tokens, i, tokens.size());
            if (hit != null && !hit.article()) {
                return hit;
            }
        }
        return null;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"5 km from the town", "at 5 pm", "10 years ago", "3 % of voters", "on 5 May",
            "on 12 Sept", "on May 5", "the 3 rd time"})
    void datesTimesAndMeasuresAreNoCounts(String text) {
        assertThat(firstNumber(text)).as(text).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"5 people|5", "twelve soldiers|12", "3 mayors|3"})
    void countsStayCounts(String text, long value) {
        assertThat(firstNumber(text)).isNotNull().extracting(NumberHit::value).isEqualTo(value);
    }

    @Test
    void theListsAreThoseTheReadersNeed() {
        assertThat(TollWords.RISE_WORDS).contains("rose", "risen", "climbed");
        assertThat(TollWords.SUBSET).contains("including", "among");
        assertThat(TollWords.NOT_COUNT_AFTER).contains("km", "%", "pm");
        assertThat(Months.ALL).containsAll(Months.NAMES).containsAll(Months.SHORT).hasSize(24);
    }
}
