package io.incidentalerts.classifier.geo;

import io.incidentalerts.classifier.Location;
import io.incidentalerts.classifier.Precision;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** One behaviour per test, on short texts written for the purpose. */
class PlaceResolverBehaviourTest {

    private static final PlaceResolver RESOLVER = PlaceResolver.loadDefault();

    private static Location resolve(String text) {
        Optional<PlaceMatch> match = RESOLVER.resolve(text);
        assertThat(match).as("a place for: %s", text).isPresent();
        return match.get().location();
    }

    @Test
    void reutersDatelineNamesTheCity() {
        Location l = resolve("KABUL (Reuters) - A car bomb exploded near a crowded market on Tuesday, officials said. "
                + "Neighbouring Pakistan condemned the attack.");
        assertThat(l.city()).isEqualTo("Kabul");
        assertThat(l.country()).isEqualTo("Afghanistan");
        assertThat(l.precision()).isEqualTo(Precision.CITY);
    }

    @Test
    void aContinentIsNoCountry() {
        assertThat(RESOLVER.resolve("GUNMEN KILLED TWO UNION LEADERS, THE WORST ATTACK ON LABOUR IN LATIN AMERICA "
                + "THIS YEAR.")).isEmpty();
        assertThat(resolve("A Latin American diplomat was shot dead in Managua.").country()).isEqualTo("Nicaragua");
        assertThat(resolve("A gunman opened fire in a shopping mall in America on Monday.").country()).isEqualTo("United States");
    }

    @Test
    void allCapsWireStoryWithDateline() {
        Location l = resolve("SAN SALVADOR, 3 JAN 90 -- [TEXT] URBAN GUERRILLAS ATTACKED A POLICE POST LAST NIGHT, "
                + "THE ARMED FORCES PRESS OFFICE REPORTED. TWO AGENTS WERE WOUNDED.");
        assertThat(l.city()).isEqualTo("San Salvador");
        assertThat(l.country()).isEqualTo("El Salvador");
        assertThat(l.region()).isEqualTo("Central America");
    }

    @Test
    void allCapsTextWithoutDateline() {
        Location l = resolve("GUNMEN KILLED FIVE POLICEMEN IN QUETTA ON MONDAY, PROVINCIAL OFFICIALS SAID.");
        assertThat(l.city()).isEqualTo("Quetta");
        assertThat(l.countryCode()).isEqualTo("PK");
    }

    @Test
    void agencyThenPlaceDateline() {
        Location l = resolve("AFP Mombasa (Kenya)\nTwo men threw a grenade into a bar late on Saturday.");
        assertThat(l.city()).isEqualTo("Mombasa");
        assertThat(l.countryCode()).isEqualTo("KE");
    }

    @Test
    void placeCommaCountryDatelineBeatsLaterPlaces() {
        Location l = resolve("Jalalabad, Afghanistan (AP) - A suicide bomber struck a funeral on Sunday. Officials in "
                + "Islamabad and Washington condemned the attack, and the Pakistani army closed the Torkham crossing.");
        assertThat(l.city()).isEqualTo("Jalalabad");
        assertThat(l.countryCode()).isEqualTo("AF");
    }

    @Test
    void conflictEventNoteWithRegionAndCountryInBrackets() {
        Location l = resolve("On 3 March, unidentified gunmen attacked a village in Tillaberi region (Niger), "
                + "killing 7 civilians. Malian forces were reported nearby.");
        assertThat(l.countryCode()).isEqualTo("NE");
        assertThat(l.precision()).isEqualTo(Precision.ADMIN1);
    }

    @Test
    void bracketedAreaOfAConflictNotePlacesTheTownBeforeIt() {
        // Palma is far larger in Spain; the admin1 area in brackets says Mozambique
        Location l = resolve("On 24 March 2021, insurgents attacked Palma (Palma, Cabo Delgado), killing dozens of civilians.");
        assertThat(l.country()).isEqualTo("Mozambique");
    }

    @Test
    void directionWordBetweenCueAndPlace() {
        Location l = resolve("Officials in Paris said on Friday that gunmen had killed four soldiers in northern Mali "
                + "overnight, and that French and Malian troops were searching the area.");
        assertThat(l.country()).isEqualTo("Mali");
    }

    @Test
    void demonymAloneGivesCountryPrecision() {
        Location l = resolve("Afghan security forces clashed with insurgents overnight, killing twelve of them.");
        assertThat(l.country()).isEqualTo("Afghanistan");
        assertThat(l.precision()).isEqualTo(Precision.COUNTRY);
        assertThat(l.city()).isNull();
        assertThat(l.region()).isEqualTo("Southern Asia");
        assertThat(l.continent()).isEqualTo("Asia");
    }

    @Test
    void namedCityBeatsDemonym() {
        Location l = resolve("Afghan police said a roadside bomb hit a minibus near Herat on Sunday.");
        assertThat(l.city()).isEqualTo("Herat");
    }

    @Test
    void demonymCapitalMeansTheCapitalCity() {
        Location l = resolve("A car bomb killed nine people at a checkpoint in the Somali capital on Friday.");
        assertThat(l.city()).isEqualTo("Mogadishu");
        assertThat(l.country()).isEqualTo("Somalia");
    }

    @Test
    void nationalityOfAPersonIsNotThePlace() {
        Location l = resolve("A Turkish tourist was stabbed outside a hotel in Amsterdam late on Friday.");
        assertThat(l.country()).isEqualTo("Netherlands");
    }

    @Test
    void foreignAirPowerIsNotTheEventCountry() {
        Location l = resolve("American drone strikes hit a convoy near Sirte, killing eleven fighters.");
        assertThat(l.country()).isEqualTo("Libya");
    }

    @Test
    void armedGroupHintsTheCountryOnlyWhenNoPlaceIsNamed() {
        Location alone = resolve("Al Shabaab fighters stormed a hotel; at least ten people died.");
        assertThat(alone.country()).isEqualTo("Somalia");
        assertThat(alone.precision()).isEqualTo(Precision.COUNTRY);
        Location named = resolve("Al Shabaab fighters stormed a hotel in Nairobi; at least ten people died.");
        assertThat(named.city()).isEqualTo("Nairobi");
        assertThat(named.country()).isEqualTo("Kenya");
    }

    @Test
    void placeInsideAnOrganisationName() {
        Location l = resolve("Officers of the Paris Police Department arrested two men after the stabbing.");
        assertThat(l.city()).isEqualTo("Paris");
        assertThat(l.country()).isEqualTo("France");
    }

    @Test
    void bareAmbiguousNameTakesTheLargestPlace() {
        assertThat(resolve("Two people were stabbed in Paris on Sunday evening.").countryCode()).isEqualTo("FR");
    }

    @Test
    void countryAfterCommaDecidesAmbiguousName() {
        Location l = resolve("A grenade exploded at a political rally in Hyderabad, Pakistan, wounding six.");
        assertThat(l.city()).isEqualTo("Hyderabad");
        assertThat(l.countryCode()).isEqualTo("PK");
        Location texas = resolve("A shooting in Paris, Texas left two people dead.");
        assertThat(texas.countryCode()).isEqualTo("US");
        assertThat(texas.admin1()).isEqualTo("Texas");
    }

    @Test
    void countryNamedElsewhereDecidesAmbiguousName() {
        Location l = resolve("Police in Hyderabad arrested three men. The Indian home ministry called it terrorism.");
        assertThat(l.countryCode()).isEqualTo("IN");
    }

    @Test
    void provinceWithDivisionWordGivesAdmin1() {
        Location l = resolve("Gunmen stormed a checkpoint in Balkh Province overnight, killing four soldiers.");
        assertThat(l.precision()).isEqualTo(Precision.ADMIN1);
        assertThat(l.admin1()).isEqualTo("Balkh");
        assertThat(l.country()).isEqualTo("Afghanistan");
    }

    @Test
    void governorateWithHyphenatedName() {
        Location l = resolve("In Deir ez-Zor Governorate, militants attacked a house during a wedding.");
        assertThat(l.country()).isEqualTo("Syria");
        assertThat(l.admin1()).isEqualTo("Deir ez-Zor"); // the CLDR English name
    }

    @Test
    void citySectionResolvesToItsCity() {
        Location l = resolve("A parcel bomb went off in a shop in Wandsbek on Thursday.");
        assertThat(l.city()).isEqualTo("Hamburg");
        assertThat(l.country()).isEqualTo("Germany");
    }

    @Test
    void cityGetsItsAdmin1Name() {
        Location l = resolve("A suicide bomber struck a mosque in Peshawar.");
        assertThat(l.admin1()).isEqualTo("Khyber Pakhtunkhwa");
        assertThat(l.lat()).isBetween(33.0, 35.0);
        assertThat(l.lon()).isBetween(71.0, 72.5);
    }

    @Test
    void personNamesAndCommonWordsAreNotPlaces() {
        assertThat(RESOLVER.resolve("In March, Sholpan told reporters that Nouri Hamish had been shot.")).isEmpty();
        assertThat(RESOLVER.resolve("Police said a mobile clinic was set on fire; a nice gesture followed.")).isEmpty();
    }

    @Test
    void longerProperNameIsNotItsFirstPlaceWord() {
        Location l = resolve("Three people were stabbed inside Notre Dame de Nice. The mayor of Nice condemned it.");
        assertThat(l.city()).isEqualTo("Nice");
        assertThat(l.countryCode()).isEqualTo("FR");
    }

    @Test
    void commonWordPlaceCountsWithAPlaceCue() {
        Location l = resolve("A man drove a truck into a crowd in Nice, France, killing dozens.");
        assertThat(l.city()).isEqualTo("Nice");
        assertThat(l.countryCode()).isEqualTo("FR");
    }

    @Test
    void borderMentionDoesNotWinOverTheEventCountry() {
        Location l = resolve("A bomb exploded at a wedding in Gaziantep near the Syrian border, killing 50.");
        assertThat(l.country()).isEqualTo("Turkey");
        assertThat(l.city()).isEqualTo("Gaziantep");
    }

    @Test
    void focusSpanBeatsBackgroundPlace() {
        String text = "Gunmen attacked a bank in Almaty on Monday, police said. "
                + "Last month a similar attack hit Aktobe near the Russian border.";
        int second = text.indexOf("Last month");
        Location first = RESOLVER.resolve(text, List.of(new TextSpan(0, second))).orElseThrow().location();
        assertThat(first.city()).isEqualTo("Almaty");
        Location background = RESOLVER.resolve(text, List.of(new TextSpan(second, text.length())))
                .orElseThrow().location();
        assertThat(background.city()).isEqualTo("Aktobe");
    }

    @Test
    void evidenceSpanPointsAtTheName() {
        String text = "Three soldiers died when a bomb hit their convoy near Mosul on Sunday.";
        PlaceMatch m = RESOLVER.resolve(text).orElseThrow();
        assertThat(text.substring(m.start(), m.end())).isEqualTo("Mosul");
        assertThat(m.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void alternateSpellingsAndArabicArticle() {
        assertThat(resolve("A truck bomb killed dozens in Hillah city.").country()).isEqualTo("Iraq");
        assertThat(resolve("Rockets hit a market in Kiev overnight.").city()).isEqualTo("Kyiv");
    }

    @Test
    void countryLookupByNameDemonymAndCode() {
        assertThat(RESOLVER.country("Türkiye").map(Location::country)).contains("Turkey");
        assertThat(RESOLVER.country("Turkey").map(Location::countryCode)).contains("TR");
        assertThat(RESOLVER.country("Kazakh").map(Location::country)).contains("Kazakhstan");
        assertThat(RESOLVER.country("kz").map(Location::region)).contains("Central Asia");
        assertThat(RESOLVER.country("Democratic Republic of the Congo").map(Location::country)).contains("DR Congo");
        assertThat(RESOLVER.country("Atlantis")).isEmpty();
        assertThat(RESOLVER.country(null)).isEmpty();
    }

    @Test
    void aNamedAreaInsideOneCountryPlacesTheCountry() {
        Location l = resolve("Militants attacked a checkpoint in northern Sinai on Sunday, killing four soldiers.");
        assertThat(l.countryCode()).isEqualTo("EG");
        assertThat(l.precision()).isEqualTo(Precision.COUNTRY);
    }

    @Test
    void aCityInsideTheNamedAreaIsStillTheCity() {
        Location l = resolve("Gunmen attacked a police post near El Arish in the Sinai, killing two policemen.");
        assertThat(l.city()).isEqualTo("Arish");
        assertThat(l.countryCode()).isEqualTo("EG");
    }
}
