package io.incidentalerts.classifier.geo;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stories filed in one country about another (texts written for this test): a bureau dateline
 * with its country in brackets, a country's mission that stands abroad, a street named after a
 * place elsewhere, and where someone spoke.
 */
class ForeignFilingPlaceTest {

    private static final PlaceResolver RESOLVER = PlaceResolver.loadDefault();

    private static String countryCode(String text) {
        Optional<PlaceMatch> m = RESOLVER.resolve(text);
        return m.map(p -> p.location().countryCode()).orElse(null);
    }

    @Test
    void aBureauDatelineGivesWayToTheCountryTheBodyNames() {
        assertThat(countryCode("MADRID (SPAIN), 3 MAR 90 (DOMESTIC SERVICE) -- [TEXT] COLOMBIAN GUERRILLAS DYNAMITED "
                + "TWO POWER PYLONS LAST NIGHT, LEAVING MEDELLIN WITHOUT ELECTRICITY, THE COLOMBIAN ARMY REPORTED."))
                .isEqualTo("CO");
    }

    @Test
    void aBureauDatelineStandsWhenTheBodyPointsAtItsCountry() {
        assertThat(countryCode("MADRID (SPAIN), 3 MAR 90 (DOMESTIC SERVICE) -- [TEXT] A BOMB EXPLODED OUTSIDE A BANK "
                + "LAST NIGHT, THE SPANISH POLICE REPORTED. A COLOMBIAN TOURIST WAS HURT.")).isEqualTo("ES");
    }

    @Test
    void anEmbassyDoesNotPlaceTheEventInTheCountryItRepresents() {
        assertThat(countryCode("A BOMB EXPLODED AT THE PERUVIAN EMBASSY LAST NIGHT, DAMAGING ITS FRONT.")).isNull();
        assertThat(countryCode("A bomb exploded at the US embassy in Nairobi, killing 12 people.")).isEqualTo("KE");
    }

    @Test
    void aStreetNamedAfterAPlaceIsNotThePlace() {
        assertThat(countryCode("A car bomb exploded on Haifa Street on Monday, killing five people, Iraqi police said."))
                .isEqualTo("IQ");
        assertThat(countryCode("A BOMB EXPLODED IN LA REFORMA LAST NIGHT.")).isEqualTo("MX");
    }

    @Test
    void wherePeopleSpokeIsNotTheScene() {
        String event = "A BOMB EXPLODED OUTSIDE A UNION OFFICE YESTERDAY, KILLING TWO WORKERS.";
        String more = "THE BLAST ALSO DAMAGED A BUS AND WOUNDED ITS DRIVER.";
        String statement = "A REBEL SPOKESMAN SAID IN MANAGUA THAT THE FRONT HAD NOT PLANTED IT.";
        assertThat(country(event, more, statement)).isEqualTo("SV");
        assertThat(country(event, more, statement.replace("SAID IN MANAGUA", "SAID THE ATTACK IN MANAGUA")))
                .isEqualTo("NI");
    }

    /** Filed in San Salvador, the three sentences the incident's focus in their order. */
    private static String country(String... sentences) {
        String text = "SAN SALVADOR, 2 NOV 89 (RADIO CADENA) -- [TEXT] " + String.join(" ", sentences);
        List<TextSpan> focus = new java.util.ArrayList<>();
        for (String s : sentences) {
            focus.add(span(text, s));
        }
        return RESOLVER.resolve(text, focus).map(p -> p.location().countryCode()).orElse(null);
    }

    private static TextSpan span(String text, String part) {
        int from = text.indexOf(part);
        return new TextSpan(from, from + part.length());
    }
}
