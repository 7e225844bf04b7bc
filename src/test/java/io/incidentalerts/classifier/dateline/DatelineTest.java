package io.incidentalerts.classifier.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.classifier.text.Tokenizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelineTest {

    private static Dateline read(String text) {
        return DatelineReader.english().read(text, Tokenizer.tokenize(text, 20_000)).orElseThrow();
    }

    @Test
    void aDatelineWithoutYearTakesThePublicationYear() {
        Dateline d = read("KABUL, June 3 (Reuters) - A bomb exploded.");
        assertThat(d.date()).isEmpty();
        assertThat(d.date(2021)).contains(LocalDate.of(2021, 6, 3));
    }

    @Test
    void twoDigitYearsAreReadInTheirCentury() {
        assertThat(read("LIMA, 22 MAY 89 (AFP) -- X").date()).contains(LocalDate.of(1989, 5, 22));
        assertThat(read("LIMA, 2 JAN 05 (AFP) -- X").date()).contains(LocalDate.of(2005, 1, 2));
    }

    @Test
    void anImpossibleDateIsNoDate() {
        assertThat(read("LIMA, 31 FEB 90 (AFP) -- X").date()).isEmpty();
    }

    @Test
    void aQualifierInBracketsIsToldFromOneAfterAComma() {
        String bracketed = "MADRID (SPAIN), 3 MAR 90 -- [TEXT] X";
        assertThat(read(bracketed).qualifierInBrackets(bracketed)).isTrue();
        String comma = "ALMATY, Kazakhstan (AP) -- Gunmen attacked";
        assertThat(read(comma).qualifierInBrackets(comma)).isFalse();
        String none = "LIMA, 22 MAY 89 (AFP) -- X";
        assertThat(read(none).qualifierInBrackets(none)).isFalse();
    }

    @Test
    void theDateAndSourceLieAfterThePlaceAndItsQualifier() {
        String text = "MADRID (SPAIN), 3 MAR 90 (RADIO NACIONAL) -- [TEXT] X";
        Dateline d = read(text);
        assertThat(d.afterPlaceCovers(text.indexOf("NACIONAL"), text.indexOf("NACIONAL") + 8)).isTrue();
        assertThat(d.afterPlaceCovers(text.indexOf("SPAIN"), text.indexOf("SPAIN") + 5)).isFalse();
        assertThat(d.afterPlaceCovers(0, 6)).isFalse();
        assertThat(d.afterPlaceCovers(text.indexOf("[TEXT]"), text.indexOf("[TEXT]") + 6)).isFalse();
    }

    @Test
    void thePlaceCoversItsOwnNameOnly() {
        String text = "ALMATY, Kazakhstan (AP) -- Gunmen attacked";
        Dateline d = read(text);
        assertThat(d.placeCovers(0, 6)).isTrue();
        assertThat(d.placeCovers(text.indexOf("Kazakhstan"), text.indexOf("Kazakhstan") + 10)).isFalse();
        assertThat(d.qualifier(text)).contains("Kazakhstan");
    }
}
