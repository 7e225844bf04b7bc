package io.incidentalerts.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name before "neighborhood" names a part of a city (texts written for this test): a town of that
 * name abroad (Escalon, California) is no event place unless the story supports its country.
 */
class NeighbourhoodPlaceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Guerrillas occupied a hotel in Escalon neighborhood, northeastern San Salvador, and helicopters were bombing the area.|El Salvador",
        "PANAMA CITY (PANAMA), 21 NOV 89 (DOMESTIC SERVICE) -- [TEXT] EYEWITNESSES HAVE REPORTED THAT THE GUERRILLAS THIS MORNING OCCUPIED A HOTEL LOCATED IN ESCALON NEIGHBORHOOD, SAN SALVADOR. HELICOPTERS WERE BOMBING THE ESCALON NEIGHBORHOOD.|El Salvador",
        "PANAMA CITY (PANAMA), 21 NOV 89 (DOMESTIC SERVICE) -- [TEXT] EYEWITNESSES HAVE REPORTED THAT THE GUERRILLAS THIS MORNING OCCUPIED A HOTEL LOCATED IN ESCALON NEIGHBORHOOD, NORTHEASTERN SAN SALVADOR. HELICOPTERS WERE BOMBING THE ESCALON NEIGHBORHOOD.|El Salvador",
        "A car bomb exploded in the Karrada neighbourhood of Baghdad, killing 12 people.|Iraq",
        "Rebels shelled the town of Ghazni in northeastern Afghanistan on Monday, killing 4 people.|Afghanistan",
    })
    void aNeighbourhoodIsPlacedInTheStorysCity(String text, String country) {
        Classification c = Articles.body(text);
        assertThat(c.incident()).as(text).isTrue();
        assertThat(c.location().country()).as(text).isEqualTo(country);
    }
}
