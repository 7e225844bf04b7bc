package io.incidentalerts.classifier.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayNameTest {

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "Ürümqi|UEruemqi|Urumqi",
        "Malmö|Malmoe|Malmo",
        "‘Afrīn|`Afrin|Afrin",
        "Al ‘Amārah|Al 'Amarah|Al Amarah",
        "Xi’an|Xi'an|Xi'an",
        "Łódź|Lodz|Lodz",
        "İzmir|Izmir|Izmir",
        "Kabul||Kabul",
    })
    void foldsTheGazetteerNameToPlainLatin(String name, String ascii, String shown) {
        assertThat(DisplayName.of(name, ascii)).isEqualTo(shown);
    }

    @Test
    void aNameInAnotherScriptFallsBackToTheAsciiFormWithoutItsLeadingMark() {
        assertThat(DisplayName.of("Дніпро", "Dnipro")).isEqualTo("Dnipro");
        assertThat(DisplayName.of("Дніпро", "`Dnipro")).isEqualTo("Dnipro");
    }

    @Test
    void theResolvedCityIsShownFolded() {
        PlaceMatch m = PlaceResolver.loadDefault().resolve("A car bomb exploded in a market in Afrin, killing 5.")
                .orElseThrow();
        assertThat(m.location().city()).isEqualTo("Afrin");
        assertThat(m.location().country()).isEqualTo("Syria");
    }
}
