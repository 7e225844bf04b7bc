package io.incidentalerts.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A story filed from the capital about an event elsewhere in the same country (texts written for
 * this test): the incident sentence's place, named with a place cue, is the event place; the
 * dateline stands when the sentence names no other place, or another place only as where someone
 * spoke. An opening sentence whose violent word only lacked support names the place too.
 */
class BureauDatelinePlaceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "BOGOTA, 4 SEP 89 (AFP) -- GUERRILLAS DYNAMITED A PLANE AT THE AIRPORT IN MONTERIA TODAY.|Monteria|Córdoba",
        "LIMA, 22 MAY 89 (AFP) -- A CAR BOMB EXPLODED OUTSIDE A POLICE STATION IN THE ANDEAN CITY OF HUANCAYO.|Huancayo|Junín",
        "MEXICO CITY, May 25 (Reuters) - A candidate for mayor in the Mexican state of Guerrero was shot dead at a rally.||Guerrero",
        "SAN SALVADOR, 6 APR 90 (ACAN-EFE) -- FIVE SOLDIERS WERE KILLED DURING A GUERRILLA ATTACK THIS MORNING IN THE CITY OF SUCHITOTO.|Suchitoto|Cuscatlán",
        "LIMA, 22 JAN 89 (EFE) -- THREE PEOPLE HAVE BEEN KILLED IN A SHINING PATH ATTACK TODAY AGAINST A COMMUNITY IN JUNIN DEPARTMENT.||Junín",
        "BOGOTA, 4 SEP 89 (AFP) -- A BOMB EXPLODED IN A MARKET TODAY, KILLING TWO PEOPLE.|Bogota|Bogota D.C.",
        "BOGOTA, 4 SEP 89 (AFP) -- A BOMB EXPLODED IN A MARKET TODAY, KILLING TWO PEOPLE, OFFICIALS IN MEDELLIN SAID.|Bogota|Bogota D.C.",
    })
    void theIncidentSentencesPlaceOutranksTheBureau(String text, String city, String admin1) {
        Classification c = Articles.body(text);
        assertThat(c.incident()).isTrue();
        assertThat(c.location().city()).isEqualTo(city);
        assertThat(c.location().admin1()).isEqualTo(admin1);
    }

    @Test
    void anOpeningThatNamesTheAttacksPlaceCountsWhenTheIncidentSentenceNamesNone() {
        Classification c = Articles.body("BOGOTA, 31 AUG 89 (AFP) -- THERE HAS BEEN ANOTHER ATTACK IN MEDELLIN, THE THIRD"
                + " IN A DAY. WITNESSES SAID A ROCKET HIT THE OUTER WALL OF THE FACTORY. FOUR PEOPLE WERE INJURED IN THE"
                + " BLAST TODAY AND TAKEN TO HOSPITAL.");
        assertThat(c.incident()).isTrue();
        assertThat(c.location().city()).isEqualTo("Medellin");
    }
}
