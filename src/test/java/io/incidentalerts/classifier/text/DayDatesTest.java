package io.incidentalerts.classifier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayDatesTest {

    private static final LocalDate FILED = LocalDate.of(1990, 1, 3);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "THE MASS KIDNAPPING TOOK PLACE ON 30 DECEMBER IN SAN LUIS.|4",
        "The bomb went off on January 2 outside the embassy.|1",
        "THE ATTACK OF 1 JAN 90 WAS CLAIMED BY THE FRONT.|2",
        "The massacre of December 30, 1988 is still remembered.|369",
        "THE TALKS BEGAN ON 12 JULY AND ENDED IN SEPTEMBER.|175",
        "Two soldiers died on 3 January and two more on 25 December.|0",
        // no day-and-month date, or one after the filing day
        "THE MEETING WILL BE HELD ON 12 JANUARY.|-1",
        "Five people were killed in the attack, police said.|-1",
        "The rebels marched 30 miles in December.|-1",
        "THE DEATH TOLL ROSE TO 45 ON MONDAY.|-1",
    })
    void daysBeforeTheFilingDay(String text, long days) {
        List<Token> tokens = Tokenizer.tokenize(text, 20_000);
        assertThat(DayDates.fewestDaysBefore(tokens, 0, tokens.size(), FILED)).isEqualTo(days);
    }
}
