package io.incidentalerts.classifier.geo;

import io.incidentalerts.classifier.Location;
import io.incidentalerts.classifier.Precision;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Place reading on patterns of real copy (issue 12, item 5), one behaviour per test, on short texts
 * written for the purpose.
 */
class PlaceResolverRealCopyTest {

    private static final PlaceResolver RESOLVER = PlaceResolver.loadDefault();

    private static Location resolve(String text) {
        Optional<PlaceMatch> match = RESOLVER.resolve(text);
        assertThat(match).as("a place for: %s", text).isPresent();
        return match.get().location();
    }

    private static Location resolve(String text, String focus) {
        int start = text.indexOf(focus);
        Optional<PlaceMatch> match = RESOLVER.resolve(text, List.of(new TextSpan(start, start + focus.length())));
        assertThat(match).as("a place for: %s", text).isPresent();
        return match.get().location();
    }

    @Test
    void capitalBeatsACityNamedLikeItsProvinceInCapitals() {
        // the Dominican Santiago shares its name with its province; that must not lift it over Chile's capital
        Location l = resolve("SANTIAGO, 4 MAY 89 (RADIO NETWORK) -- [TEXT] A BOMB EXPLODED LAST NIGHT OUTSIDE A BANK "
                + "BRANCH, POLICE SOURCES HAVE REPORTED.");
        assertThat(l.countryCode()).isEqualTo("CL");
        assertThat(l.precision()).isEqualTo(Precision.CITY);
    }

    @Test
    void capitalBeatsACityNamedLikeItsProvinceInMixedCase() {
        assertThat(resolve("A bomb exploded outside a bank in Santiago on Friday.").countryCode()).isEqualTo("CL");
    }

    @Test
    void aCityNamedLikeItsProvinceIsStillTheCity() {
        Location l = resolve("A car bomb killed three people in Kandahar on Monday.");
        assertThat(l.precision()).isEqualTo(Precision.CITY);
        assertThat(l.countryCode()).isEqualTo("AF");
    }

    // A story filed in one capital about an attack in a neighbouring country.
    private static final String FOREIGN_DATELINE = "MANAGUA (NICARAGUA), 2 NOV 89 (RADIO NETWORK) -- [TEXT] THE "
            + "GOVERNMENT TODAY CONDEMNED THE DYNAMITE ATTACK ON A UNION OFFICE IN USULUTAN IN WHICH NINE PEOPLE "
            + "WERE KILLED.  THE PRESIDENCY ISSUED A COMMUNIQUE IN MANAGUA.";

    @Test
    void incidentSentenceNamingAPlaceAbroadBeatsTheDateline() {
        Location l = resolve(FOREIGN_DATELINE, FOREIGN_DATELINE.substring(0, FOREIGN_DATELINE.indexOf("KILLED.") + 7));
        assertThat(l.countryCode()).isEqualTo("SV");
    }

    @Test
    void datelineStandsWhenTheIncidentSentenceNamesNoPlaceAbroad() {
        String text = FOREIGN_DATELINE.replace("ON A UNION OFFICE IN USULUTAN", "ON A UNION OFFICE");
        Location l = resolve(text, text.substring(0, text.indexOf("KILLED.") + 7));
        assertThat(l.countryCode()).isEqualTo("NI");
    }

    @Test
    void aNameFoundInManyCountriesDoesNotOverruleTheDateline() {
        // San Ramon lies in half a dozen countries; the dateline decides which is meant (or that the
        // village is missing from the gazetteer), not the most populous namesake abroad
        String text = "SAN SALVADOR, 1 AUG 89 (TELEVISION) -- [EXCERPT] TWO PEOPLE WERE KILLED IN AN ATTACK ON "
                + "THE MILITARY COMMAND POST IN SAN RAMON BY REBEL UNITS.";
        assertThat(resolve(text, text).countryCode()).isEqualTo("SV");
    }

    @Test
    void aSurnameReadAsAPersonOnceIsAPersonThroughoutEvenInCapitals() {
        // Rivera is a Uruguayan city too; "COL RIVERA" makes every later RIVERA the colonel
        String text = "SAN SALVADOR, 2 NOV 89 (RADIO NETWORK) -- [TEXT] COL RIVERA WAS SHOT DEAD LAST NIGHT. "
                + "RIVERA HAD RECEIVED THREATS, RIVERA'S FAMILY SAID.";
        assertThat(resolve(text, "RIVERA HAD RECEIVED THREATS").countryCode()).isEqualTo("SV");
    }

    @Test
    void aNameAfterAFirstNameIsAPersonAtASentenceStartAndInCapitals() {
        assertThat(RESOLVER.resolve("Juan Perez, a local reporter, was shot dead in the town on Monday.")).isEmpty();
        String text = "SAN SALVADOR, 2 NOV 89 (RADIO NETWORK) -- [TEXT] GUNMEN KILLED JOSE ANTONIO RIVERA LAST NIGHT.";
        assertThat(resolve(text, "GUNMEN KILLED JOSE ANTONIO RIVERA").countryCode()).isEqualTo("SV");
    }

    @Test
    void aTitleBeforeAPlaceNameDoesNotSpreadToTheLocativeMention() {
        String text = "SAN SALVADOR, 2 NOV 89 (RADIO NETWORK) -- [TEXT] GEN RIVERA SAID A BOMB EXPLODED LAST NIGHT "
                + "IN RIVERA, URUGUAY.";
        assertThat(resolve(text, "A BOMB EXPLODED LAST NIGHT IN RIVERA").countryCode()).isEqualTo("UY");
    }

    @Test
    void namesAndPlaceCuesBrokenAcrossWrappedLines() {
        String text = "GUNMEN MACHINEGUNNED THE MINISTER'S CAR AS HE WAS LEAVING HIS HOME IN THE\n"
                + "NEIGHBORHOOD OF ESCALON IN WESTERN SAN\nSALVADOR, POLICE SOURCES HAVE REPORTED TODAY.";
        Location l = resolve(text);
        assertThat(l.city()).isEqualTo("San Salvador");
        assertThat(l.countryCode()).isEqualTo("SV");
        String cue = "A CAR BOMB EXPLODED TODAY NEAR A POLICE STATION IN\nQUETTA, OFFICIALS SAID.";
        assertThat(resolve(cue).city()).isEqualTo("Quetta");
    }

    @Test
    void aBlankLineStillSeparatesNames() {
        Optional<PlaceMatch> m = RESOLVER.resolve("REPORT FROM SAN\n\nSALVADOR MUNDO IS AN UNKNOWN WORD HERE.");
        assertThat(m.map(p -> p.location().city())).isNotEqualTo(Optional.of("San Salvador"));
    }

    @Test
    void aVillageMissingFromTheGazetteerIsPlacedByItsProvince() {
        // Yatenga is a province (second-level division) of Burkina Faso; GeoNames admin1 lists only regions
        Location l = resolve("On 4 June, militants attacked a gold mine near Kalsaka, Yatenga province, killing 3 guards.");
        assertThat(l.countryCode()).isEqualTo("BF");
        assertThat(l.precision()).isEqualTo(Precision.ADMIN1);
        assertThat(l.admin1()).isEqualTo("Yatenga"); // the CLDR English name
    }

    @Test
    void aConflictNoteIsPlacedByTheStateInItsBrackets() {
        Location l = resolve("On 2 May, armed youths clashed near a cattle camp (Lainya, Central Equatoria); 4 were killed.");
        assertThat(l.country()).isEqualTo("South Sudan");
    }

    @Test
    void secondLevelDivisionsDoNotOutrankCountriesOrBigCities() {
        // Luxembourg is also a Belgian province and Namur one too: the country and the city still win
        assertThat(resolve("A bomb exploded outside a bank in Luxembourg on Friday.").countryCode()).isEqualTo("LU");
        Location namur = resolve("Gunmen opened fire on a cafe in Namur on Friday.");
        assertThat(namur.precision()).isEqualTo(Precision.CITY);
        assertThat(namur.city()).isEqualTo("Namur");
    }

    @Test
    void anArabicArticleGluedByAHyphenIsPartOfTheName() {
        Location l = resolve("Turkish forces shelled a village in al-Hasakeh province, killing two civilians.");
        assertThat(l.countryCode()).isEqualTo("SY");
    }

    @Test
    void theWordBeforeAGluedArticleCuesTheName() {
        // the gazetteer lists "Hasakeh" and "Al-Hasakeh"; the lower-case "al-" must not hide "in" from it
        String text = "Turkish forces shelled a village in al-Hasakeh.";
        Optional<PlaceMatch> match = RESOLVER.resolve(text);
        assertThat(match).isPresent();
        assertThat(match.get().location().countryCode()).isEqualTo("SY");
        assertThat(text.substring(match.get().start(), match.get().end())).isEqualTo("al-Hasakeh");
    }

    @Test
    void aDivisionNamedAfterACityAcrossABorderDoesNotTakeTheCity() {
        // the Palestinian governorate named after Jerusalem is seated in it; Jamaica has a parish Manchester
        assertThat(resolve("A Palestinian gunman opened fire at a bus stop near Jerusalem on Thursday, killing an Israeli man.")
                .countryCode()).isEqualTo("IL");
        assertThat(resolve("A suicide bomber blew himself up at a concert in Manchester, killing 22 people.").countryCode())
                .isEqualTo("GB");
    }

    @Test
    void provinceNamesFromTheOpenSourcesStillPlaceTheEvent() {
        // GeoNames "Southern Darfur" and CLDR "South Darfur" are one division; "Salah ad-Din" is Saladin
        assertThat(resolve("Clashes between rival tribes in South Darfur killed at least 40 people.").country())
                .isEqualTo("Sudan");
        Location l = resolve("Assailants set fire to a pipeline near Baiji, Salah ad-Din province, Iraq, on Friday.");
        assertThat(l.admin1()).isEqualTo("Saladin");
        assertThat(resolve("Gunmen killed 7 pupils at a school in Kumba (Meme, Sud-Ouest) on Saturday.").countryCode())
                .isEqualTo("CM");
    }
}
