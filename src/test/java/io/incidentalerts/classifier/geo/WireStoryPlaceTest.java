package io.incidentalerts.classifier.geo;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Multi-paragraph wire stories written for this test: a dateline, the event, and background
 * paragraphs recalling earlier attacks elsewhere. The event place must win over the background,
 * in mixed case and in capitals; and texts naming no place fall back on their security forces.
 */
class WireStoryPlaceTest {

    private static final PlaceResolver RESOLVER = PlaceResolver.loadDefault();

    private static String country(String text) {
        Optional<PlaceMatch> m = RESOLVER.resolve(text);
        return m.map(p -> p.location().country()).orElse(null);
    }

    private static final String NAIROBI_STORY = """
            NAIROBI, Kenya (AP) - Gunmen stormed a hotel in the Kenyan coastal town of Lamu on Sunday, killing \
            at least nine people, police said.

            The attackers fled into a nearby forest after a gunfight that lasted several hours, a police \
            commander told reporters.

            The attack recalled the 2013 siege of a shopping mall in Nairobi and earlier bombings in Mogadishu, \
            Somalia, claimed by al-Shabaab. In 2015 gunmen killed 148 people at a university in Garissa.
            """;

    private static final String BEIRUT_DATELINE_SYRIA_EVENT = """
            BEIRUT (Reuters) - A car bomb exploded at a checkpoint in the Syrian city of Homs on Monday, killing \
            at least 12 people, a war monitor said.

            The Britain-based Syrian Observatory for Human Rights said most of the dead were soldiers.

            Lebanon has itself suffered several bombings in recent years, including twin blasts in Beirut's \
            southern suburbs in 2015.
            """;

    private static final String PARIS_BACKGROUND_BRUSSELS_EVENT = """
            BRUSSELS - A man armed with a knife attacked two police officers near the Grand Place in Brussels on \
            Saturday before being shot and wounded, Belgian prosecutors said.

            Belgium has been on high alert since the 2016 suicide bombings at Zaventem airport. Investigators \
            are examining possible links to the cells behind the November 2015 attacks in Paris, France, where \
            130 people were killed, and to a plot foiled in Lyon.
            """;

    @Test
    void eventPlaceBeatsBackgroundParagraphs() {
        assertThat(country(NAIROBI_STORY)).isEqualTo("Kenya");
        assertThat(country(PARIS_BACKGROUND_BRUSSELS_EVENT)).isEqualTo("Belgium");
    }

    @Test
    void sameStoriesInCapitals() {
        for (String story : List.of(NAIROBI_STORY, PARIS_BACKGROUND_BRUSSELS_EVENT)) {
            assertThat(country(story.toUpperCase(Locale.ROOT))).isEqualTo(country(story));
        }
    }

    @Test
    void focusOnTheIncidentSentenceBeatsAForeignDateline() {
        String text = BEIRUT_DATELINE_SYRIA_EVENT;
        int from = text.indexOf("A car bomb");
        int to = text.indexOf("said.") + 5;
        Optional<PlaceMatch> m = RESOLVER.resolve(text, List.of(new TextSpan(from, to)));
        assertThat(m).map(p -> p.location().city()).contains("Homs");
    }

    @Test
    void securityForcesNameTheCountryWhenNoPlaceIsNamed() {
        assertThat(country("Nigerian troops repelled an attack on their base, killing 12 insurgents.")).isEqualTo("Nigeria");
        assertThat(country("Gunmen ambushed a convoy, killing six Malian soldiers and wounding four.")).isEqualTo("Mali");
    }

    @Test
    void aPlaceStillBeatsTheNationalityOfSoldiers() {
        assertThat(country("Two Turkish soldiers were killed by a roadside bomb in Idlib province.")).isEqualTo("Syria");
    }

    @Test
    void aDemonymBeforeTownOfNamesTheCountry() {
        assertThat(country("FOUR SOLDIERS WERE KILLED IN A CLASH ON MONDAY NEAR THE NICARAGUAN TOWN OF SAN CARLOS."))
                .isEqualTo("Nicaragua");
        assertThat(country("Gunmen abducted five Indonesian fishermen off the Philippine island of Sulu on Tuesday."))
                .isEqualTo("Philippines");
    }

    @Test
    void aVictimsNationalityIsNotThePlace() {
        assertThat(country("A DUTCH REPORTER WAS KILLED TODAY IN A SHOOTOUT IN THE EASTERN DEPARTMENT.")).isNull();
        assertThat(country("Gunmen shot dead two Italian priests outside a church in Bangui on Sunday."))
                .isEqualTo("Central African Republic");
    }

    @Test
    void aDivisionThatHoldsANamedTownBeatsTheCountryOfTheSameName() {
        assertThat(country("Gunmen raided a school in Kagara (Rafi, Niger) and abducted 27 pupils on Wednesday."))
                .isEqualTo("Nigeria");
        assertThat(country("Gunmen raided a border post in Niger and abducted 27 soldiers on Wednesday."))
                .isEqualTo("Niger");
    }

    @Test
    void aPlaceWordBeforeAPlaceIsNoFirstName() {
        assertThat(country("A drone strike hit a camp for displaced people in Mai Tsebri (Tselemti, North Western Tigray)."))
                .isEqualTo("Ethiopia");
    }

    @Test
    void ordinaryWordsInCapitalsVouchForNoCountry() {
        // "THE CITY" and "EARLY" are also names of US towns; in capitals only a strong cue makes them places
        assertThat(country("CLANDESTINE, 13 NOV 89 (RADIO VENCEREMOS) -- [TEXT] REBEL FORCES ATTACKED THE\n"
                + "2D INFANTRY BRIGADE IN SANTA ANA, AND THE FIGHTING CONTINUED THROUGHOUT\n"
                + "THE CITY EARLY THIS MORNING.")).isEqualTo("El Salvador");
    }

    @Test
    void aDirectionWordBeforeANameIsNoQualifyingDivision() {
        // Oman has a "Northeastern Governorate": right before "SAN SALVADOR" the word only says where in it
        String explained = RESOLVER.explain("GUERRILLAS OCCUPIED A HOTEL IN ESCALON NEIGHBORHOOD, NORTHEASTERN SAN SALVADOR.");
        assertThat(explained.lines().filter(l -> l.contains("'ESCALON'")).findFirst().orElseThrow()).contains("q=[]");
        assertThat(explained.lines().filter(l -> l.contains("'NORTHEASTERN'")).findFirst().orElseThrow()).contains("common=true");
    }

    @Test
    void aSpaceLostAfterAFunctionWordIsRestored() {
        assertThat(country("Militants opened fire atKabul University's campus, killing 19 students.")).isEqualTo("Afghanistan");
        assertThat(country("Police found a bomb inManchester city centre.")).isEqualTo("United Kingdom");
    }
}
