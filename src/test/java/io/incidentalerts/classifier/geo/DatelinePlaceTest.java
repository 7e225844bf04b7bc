package io.incidentalerts.classifier.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.classifier.Location;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only the place of the parsed dateline counts as where the story was filed; its source marker names no place. */
class DatelinePlaceTest {

    private static final PlaceResolver RESOLVER = PlaceResolver.loadDefault();

    private static List<String> datelineMentions(String text) {
        return Arrays.stream(RESOLVER.explain(text).split("\n")).filter(l -> l.contains(" dl=true"))
                .map(l -> l.substring(l.indexOf('\'') + 1, l.indexOf('\'', l.indexOf('\'') + 1))).toList();
    }

    @Test
    void theDatelinePlaceIsFlaggedAndAPlaceAtTheHeadOfAWrappedLineIsNot() {
        String wire = "SAN SALVADOR, 3 JAN 90 -- [TEXT] THE ARMED FORCES PRESS COMMITTEE REPORTED\n"
                + "THAT TERRORISTS OF THE FRONT ATTACKED A MILITARY POST YESTERDAY\n"
                + "IN USULUTAN, KILLING TWO SOLDIERS AND WOUNDING FIVE OTHERS.";
        assertThat(datelineMentions(wire)).containsExactly("SAN SALVADOR");
    }

    @Test
    void aMixedCaseDatelineWithItsCountryIsFlagged() {
        assertThat(datelineMentions("Kabul, Afghanistan (AP) - A bomb exploded near a market in Kandahar."))
                .containsExactly("Kabul");
    }

    @Test
    void aDatelineNamesACityBeforeADivision() {
        // Sucre is the Bolivian capital and a Colombian department (with a small town of the name)
        Location l = RESOLVER.resolve("SUCRE, 3 SEP 89 (PRESENCIA) -- [EXCERPT] EARLY SUNDAY MORNING TERRORISTS "
                + "ATTACKED THE STUDIOS OF THE CHANNEL 6 TELEVISION STATION.").orElseThrow().location();
        assertThat(l.country()).isEqualTo("Bolivia");
        // in the body the division keeps its standing
        assertThat(RESOLVER.resolve("Gunmen attacked a bus in Sucre Department, killing four.").orElseThrow()
                .location().country()).isEqualTo("Colombia");
    }

    @Test
    void aHeadlineThatStartsWithAPlaceIsNoDateline() {
        assertThat(datelineMentions("Kabul, a city on edge after the bombing\n\nA bomb exploded in Kandahar."))
                .isEmpty();
    }

    @Test
    void aNameInTheSourceMarkerIsNoPlace() {
        assertThat(RESOLVER.resolve("CLANDESTINE, 17 NOV 89 (CADENA NACIONAL) -- [TEXT] OUR UNITS DESTROYED A PYLON."))
                .isEmpty();
        assertThat(RESOLVER.resolve("CLANDESTINE, 17 NOV 89 (CADENA NACIONAL) -- [TEXT] OUR UNITS DESTROYED A PYLON "
                + "IN USULUTAN.")).map(m -> m.location().countryCode()).contains("SV");
    }
}
