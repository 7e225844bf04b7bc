package io.incidentalerts.classifier.geo;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A story filed at home (texts written for this test): a name shared by a small town of the
 * dateline's country and a big city abroad is the town, unless the text says otherwise.
 */
class HomeDatelinePlaceTest {

    private static final PlaceResolver RESOLVER = PlaceResolver.loadDefault();
    private static final String EVENT = "GUERRILLAS BURNED TWO BUSES NEAR ZARAGOZA LAST NIGHT, THE POLICE REPORTED.";

    /** Resolved with the incident sentence as focus, as the classifier calls it. */
    private static String place(String dateline, String event) {
        String text = dateline + " -- [TEXT] " + event;
        int from = text.indexOf(event);
        Optional<PlaceMatch> m = RESOLVER.resolve(text, List.of(new TextSpan(from, from + event.length())));
        return m.map(p -> p.location().city() + ", " + p.location().countryCode()).orElse(null);
    }

    @Test
    void aNamesakeInTheDatelinesCountryIsMeant() {
        assertThat(place("SAN SALVADOR, 2 MAR 90 (RADIO CADENA)", EVENT)).isEqualTo("Zaragoza, SV");
    }

    @Test
    void withoutANamesakeAtHomeTheBiggerPlaceStands() {
        assertThat(place("LIMA, 2 MAR 90 (RADIO CADENA)", EVENT)).isEqualTo("Zaragoza, ES");
    }

    @Test
    void aQualifierStillNamesTheCountry() {
        assertThat(place("SAN SALVADOR, 2 MAR 90 (RADIO CADENA)", EVENT.replace("ZARAGOZA", "ZARAGOZA, SPAIN")))
                .isEqualTo("Zaragoza, ES");
    }
}
