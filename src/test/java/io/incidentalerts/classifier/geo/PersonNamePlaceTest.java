package io.incidentalerts.classifier.geo;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names of people that are also place names (texts written for this test): a surname after a first
 * name that is a place itself, after a first name and a surname, a first name before a surname, and a
 * town abroad that nothing else in the story supports.
 */
class PersonNamePlaceTest {

    private static final PlaceResolver RESOLVER = PlaceResolver.loadDefault();

    /** The names the resolver reads as a person's. */
    private static List<String> persons(String text) {
        return Arrays.stream(RESOLVER.explain(text).split("\n")).filter(l -> l.contains(" person=true"))
                .map(l -> l.substring(l.indexOf('\'') + 1, l.indexOf('\'', l.indexOf('\'') + 1))).toList();
    }

    private static String place(String text) {
        Optional<PlaceMatch> m = RESOLVER.resolve(text);
        return m.map(p -> p.location().city() + ", " + p.location().countryCode()).orElse(null);
    }

    @Test
    void aSurnameAfterAFirstNameThatIsAPlaceToldAcrossAWrappedLine() {
        assertThat(place("PRESIDENT CARLOS\nANDRES PEREZ SAID THE ATTACK ON THE BORDER POST WOULD NOT GO UNPUNISHED."))
                .isNull();
        assertThat(persons("Jose Rodriguez was killed by two bullets.")).contains("Rodriguez");
    }

    @Test
    void aSecondSurnameAfterAFirstNameAndASurname() {
        assertThat(persons("THE GUERRILLAS HAD FLED, GENERAL OSVALDO DIAZ SALVADOR SAID.")).contains("DIAZ", "SALVADOR");
    }

    @Test
    void aKnownSurnameAfterAFirstNameAndAMiddleNameTheListsLack() {
        assertThat(persons("AN AGRONOMIST, IDENTIFIED AS JOSE HERMOGENES MARTINEZ, WAS KILLED.")).contains("MARTINEZ");
        assertThat(persons("THE BUS WAS BURNED ON THE ROAD TO HERMOGENES MARTINEZ.")).doesNotContain("MARTINEZ");
    }

    @Test
    void aNameAfterATitleAndAFirstNameTheListsLack() {
        assertThat(persons("INSPECTOR EULOGIO FLORES DIED IN THE EXPLOSION.")).contains("FLORES");
        assertThat(persons("THE INSPECTOR WAS SENT TO THE MARKET IN FLORES.")).doesNotContain("FLORES");
    }

    @Test
    void theFirstNameBeforeANameItMadeAPersonIsNoPlaceEither() {
        assertThat(persons("CLANDESTINE, 12 DEC 89 (RADIO VENCEREMOS) -- [INTERVIEW WITH LEO\n"
                + "CABRAL, REBEL COMMANDER] [TEXT] OUR FORCES HAVE KEPT UP THE PRESSURE ON\n"
                + "THE GARRISONS OF SAN SALVADOR.")).contains("LEO", "CABRAL");
        assertThat(persons("THE GUERRILLAS ATTACKED THE GARRISON IN LEO YESTERDAY, CABRAL SAID.")).doesNotContain("LEO");
    }

    @Test
    void aPlaceNamedAfterAFacilityWordIsNoSurname() {
        assertThat(persons("Gunmen launched an attack on the Inter Continental Hotel Kabul.")).doesNotContain("Kabul");
        assertThat(persons("Gunmen shot the hotel manager, Jose Rodriguez, in Kabul.")).contains("Rodriguez");
    }

    @Test
    void aSecondSurnameJoinedByYIsAPersonsToo() {
        assertThat(persons("SAN SALVADOR ARCHBISHOP ARTURO RIVERA Y DAMAS HAS BLAMED THE ARMY FOR THE MURDER."))
                .contains("RIVERA", "DAMAS");
        assertThat(persons("Archbishop Arturo Rivera y Damas blamed the army.")).contains("Damas");
        assertThat(persons("FIGHTING WAS REPORTED IN SANTA ANA Y USULUTAN.")).doesNotContain("USULUTAN");
    }

    @Test
    void aKnownSurnameAfterAFirstNameAndAMiddleNameThatIsAPlaceReadAsAPerson() {
        assertThat(persons("MARTA LUZ LOPEZ, A TEACHER, WAS KILLED BY GUNMEN.")).contains("LUZ", "LOPEZ");
        assertThat(persons("THE GUNMEN FLED FROM LUZ TO LOPEZ.")).doesNotContain("LOPEZ");
    }

    @Test
    void aFirstNameThatIsAPlaceBeforeASurname() {
        assertThat(place("THE BOMB WAS PLANTED BY THE MODESTO RAMIREZ COMMANDOS, THE SALVADORAN ARMY SAID."))
                .isEqualTo("null, SV");
    }

    @Test
    void aLocativeStillMakesItAPlace() {
        assertThat(place("GUERRILLAS ATTACKED THE GARRISON IN MODESTO YESTERDAY.")).isEqualTo("Modesto, US");
        assertThat(persons("GUERRILLAS ATTACKED THE GARRISON IN MODESTO RAMIREZ.")).isEmpty();
    }

    @Test
    void surnamesAreReadAndEnglishWordsLeftOut() {
        Gazetteer g = GazetteerLoader.loadDefault();
        String text = "Ramirez Zamora Price";
        var tokens = WordView.of(text, 0, text.length());
        assertThat(g.surname(tokens.get(0))).isTrue();
        assertThat(g.surname(tokens.get(1))).isTrue();
        assertThat(g.surname(tokens.get(2))).isFalse();
    }

    @Test
    void aTownAbroadThatNothingSupportsGivesWayToTheStorysCountry() {
        // Rodriguez is a Philippine city and a surname; the story's other names point at El Salvador
        assertThat(place("GUERRILLAS LOYAL TO RODRIGUEZ AMBUSHED AN ARMY PATROL YESTERDAY, KILLING TWO SOLDIERS, "
                + "THE SALVADORAN ARMY SAID.")).isEqualTo("null, SV");
        assertThat(place("GUERRILLAS AMBUSHED AN ARMY PATROL IN RODRIGUEZ YESTERDAY, KILLING TWO SOLDIERS, "
                + "THE SALVADORAN ARMY SAID.")).isEqualTo("Rodriguez, PH");
    }
}
