package io.incidentalerts.classifier.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Behaviours the place data files drive: the word lists of {@code lang/en/place-words.tsv} and the
 * weights of {@code event-place-weights.tsv} and {@code name-sense-weights.tsv}.
 */
class PlaceDataTest {

    private static final PlaceResolver RESOLVER = PlaceResolver.loadDefault();

    /** The event country's code, or "none". */
    private static String country(String text) {
        return RESOLVER.resolve(text).map(m -> m.location().countryCode()).orElse("none");
    }

    @Test
    void aTrailingDivisionWordIsStrippedFromGazetteerNames() {
        assertThat(AreaWords.withoutDivisionWord("Deir ez-Zor Governorate")).isEqualTo("Deir ez-Zor");
        assertThat(AreaWords.withoutDivisionWord("Balkh Province")).isEqualTo("Balkh");
        assertThat(AreaWords.withoutDivisionWord("Kandahar")).isNull();
        assertThat(AreaWords.withoutDivisionWord("Sar-e Pol Airport")).isNull();
    }

    @Test
    void nameArticlesGiveTheBareName() {
        assertThat(NameVariants.of("al hillah", false)).contains("hillah");
        assertThat(NameVariants.of("adh dhahiriya", false)).contains("dhahiriya");
        assertThat(NameVariants.of("alhillah", false)).doesNotContain("hillah");
    }

    @Test
    void aPersonTitleMakesTheNextNameAPerson() {
        assertThat(country("President Jordan said gunmen killed two people in a village.")).isEqualTo("none");
    }

    @Test
    void aDemonymBeforeAPeopleNounIsANationalityNotThePlace() {
        assertThat(country("A French tourist was stabbed in a market on Sunday.")).isEqualTo("none");
    }

    @Test
    void aDemonymBeforeAnAuthorityNounIsTheCountry() {
        assertThat(country("Afghan police said a roadside bomb hit a minibus on Sunday, killing five."))
                .isEqualTo("AF");
    }

    @Test
    void theListsHaveTheWordsTheReaderNeeds() {
        assertThat(AreaWords.LOCATIVE).contains("in", "near", "outside");
        assertThat(AreaWords.DIVISION).contains("province", "governorate", "oblast");
        assertThat(AreaWords.QUALIFIER_JOINS).contains("and", ",");
        assertThat(AreaWords.NAME_ARTICLES).startsWith("al", "el");
    }

    @Test
    void aQualifierOutweighsTheBiggerNamesake() {
        assertThat(country("A gunman opened fire at a bar in Paris, Texas, killing two people."))
                .isEqualTo("US");
        assertThat(country("A gunman opened fire at a bar in Paris, killing two people."))
                .isEqualTo("FR");
    }

    @Test
    void theDatelineOutweighsAPlaceNamedLater() {
        assertThat(country("KABUL (Reuters) - A car bomb exploded near a crowded market on Tuesday, officials said. "
                + "Neighbouring Pakistan condemned the attack.")).isEqualTo("AF");
    }

    @Test
    void theSpeakersCityIsNotTheScene() {
        assertThat(country("Officials in Paris said gunmen attacked a convoy near Gao, killing three soldiers.")).isEqualTo("ML");
    }

    @Test
    void theBiggerNamesakeWinsABareName() {
        // place-priors.tsv: a place's prior grows with its size (Hyderabad, India, is about four
        // times Hyderabad, Pakistan)
        assertThat(country("A bomb exploded near a bus stand in Hyderabad on Monday.")).isEqualTo("IN");
    }

    @Test
    void theIncidentSentenceOutweighsAPlaceInTheOpening() {
        // place-position-weights.tsv: a mention inside the incident sentence beats the opening's
        String text = "Officials from Kenya met donors on Monday. Later, gunmen attacked a convoy near Gao, killing three.";
        int start = text.indexOf("Later");
        assertThat(RESOLVER.resolve(text, List.of(new TextSpan(start, text.length())))
                .map(m -> m.location().countryCode()).orElse("none")).isEqualTo("ML");
    }

    @Test
    void puertoAloneIsTheWordForPortNotAPlace() {
        // "Puerto X" names a port; the bare word matched a Spanish town's other name
        assertThat(RESOLVER.resolve("TWO SMUGGLERS WERE SHOT DEAD AT PUERTO ZAPOTE LAST NIGHT, PANAMANIAN POLICE SAID."))
                .map(m -> m.location().countryCode()).contains("PA");
        assertThat(RESOLVER.resolve("A BOMB EXPLODED IN PUERTO CABEZAS.")).map(m -> m.location().countryCode())
                .contains("NI");
    }
}
