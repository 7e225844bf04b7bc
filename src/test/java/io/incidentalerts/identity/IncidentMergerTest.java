package io.incidentalerts.identity;

import static io.incidentalerts.identity.Fixtures.FOLLOW_UP;
import static io.incidentalerts.identity.Fixtures.KIRKUK;
import static io.incidentalerts.identity.Fixtures.KIRKUK_PROVINCE;
import static io.incidentalerts.identity.Fixtures.T0;
import static io.incidentalerts.identity.Fixtures.WIRE;
import static io.incidentalerts.identity.Fixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.classifier.Casualties;
import io.incidentalerts.classifier.Category;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IncidentMergerTest {

    private static final Instant NOW = T0.plusSeconds(60);

    @Test
    void theFirstArticleOpensVersionOne() {
        Decision d = IncidentMerger.open("inc-1", Fixtures.wire(), NOW);
        assertThat(d.kind()).isEqualTo(Decision.Kind.NEW);
        assertThat(d.state().version()).isEqualTo(1);
        assertThat(d.state().sources()).containsExactly("Example Wire");
        assertThat(d.state().corroborated()).isFalse();
        assertThat(d.state().versions()).singleElement().satisfies(v -> assertThat(v.alertType()).isEqualTo(AlertType.NEW));
    }

    @Test
    void aCopyFromAnotherOutletAddsASourceButNoAlert() {
        KnownIncident known = IncidentMerger.open("inc-1", Fixtures.wire(), NOW).incident();
        Decision d = IncidentMerger.merge(known, report("copy", "Daily Herald", T0.plusSeconds(600), Category.BOMBING,
                KIRKUK, 12, 30, WIRE), NOW);
        assertThat(d.kind()).isEqualTo(Decision.Kind.DUPLICATE);
        assertThat(d.raisesAlert()).isFalse();
        assertThat(d.state().version()).isEqualTo(1);
        assertThat(d.state().sources()).containsExactly("Example Wire", "Daily Herald");
        assertThat(d.state().corroborated()).isTrue();
        assertThat(d.state().articles()).isEqualTo(2);
        assertThat(d.incident().texts()).as("an identical text is not kept twice").hasSize(1);

        Decision again = IncidentMerger.merge(d.incident(), report("copy2", "daily herald", T0, Category.BOMBING,
                KIRKUK, 12, 30, WIRE), NOW);
        assertThat(again.state().sources()).as("outlets compared without case").hasSize(2);
    }

    @Test
    void aHigherTollIsAnUpdateWithTheMaximaAndTheChangedFields() {
        KnownIncident known = IncidentMerger.open("inc-1", Fixtures.wire(), NOW).incident();
        Decision d = IncidentMerger.merge(known, report("toll", "Example Wire", T0.plus(Duration.ofHours(20)),
                Category.BOMBING, KIRKUK, 19, 25, FOLLOW_UP), NOW);
        assertThat(d.kind()).isEqualTo(Decision.Kind.UPDATE);
        assertThat(d.changedFields()).containsExactly(IncidentMerger.CASUALTIES);
        assertThat(d.state().casualties()).isEqualTo(new Casualties(19, 30));
        assertThat(d.state().version()).isEqualTo(2);
        assertThat(d.state().lastSeen()).isEqualTo(T0.plus(Duration.ofHours(20)));
        assertThat(d.state().versions()).extracting(IncidentVersion::version).containsExactly(1, 2);
        assertThat(d.state().sources()).as("same outlet again").containsExactly("Example Wire");
        assertThat(d.state().corroborated()).isFalse();
    }

    @Test
    void aLowerTollOrACoarserPlaceChangesNothing() {
        KnownIncident known = IncidentMerger.open("inc-1", Fixtures.wire(), NOW).incident();
        Decision d = IncidentMerger.merge(known, report("old", "Gazette", T0, Category.BOMBING, KIRKUK_PROVINCE, 8, 10,
                WIRE), NOW);
        assertThat(d.kind()).isEqualTo(Decision.Kind.DUPLICATE);
        assertThat(d.state().location()).isEqualTo(KIRKUK);
        assertThat(d.state().casualties()).isEqualTo(new Casualties(12, 30));
    }

    @Test
    void aSharperPlaceAndAMoreSpecificCategoryAreUpdatesButNotTheReverse() {
        KnownIncident known = IncidentMerger.open("inc-1", report("first", "Wire", T0, Category.ARMED_ASSAULT,
                KIRKUK_PROVINCE, 0, 0, WIRE), NOW).incident();
        Decision sharper = IncidentMerger.merge(known, report("second", "Post", T0, Category.BOMBING, KIRKUK, 0, 0,
                WIRE), NOW);
        assertThat(sharper.changedFields()).containsExactly(IncidentMerger.CATEGORY, IncidentMerger.LOCATION);
        assertThat(sharper.state().category()).isEqualTo(Category.BOMBING);

        Decision back = IncidentMerger.merge(sharper.incident(), report("third", "Times", T0, Category.ARMED_ASSAULT,
                KIRKUK, 0, 0, WIRE), NOW);
        assertThat(back.kind()).isEqualTo(Decision.Kind.DUPLICATE);
        assertThat(back.state().category()).isEqualTo(Category.BOMBING);
    }
}
