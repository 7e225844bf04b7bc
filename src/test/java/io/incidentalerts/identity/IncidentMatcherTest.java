package io.incidentalerts.identity;

import static io.incidentalerts.identity.Fixtures.FOLLOW_UP;
import static io.incidentalerts.identity.Fixtures.KIDNAP;
import static io.incidentalerts.identity.Fixtures.KIRKUK;
import static io.incidentalerts.identity.Fixtures.KIRKUK_PROVINCE;
import static io.incidentalerts.identity.Fixtures.MOSUL;
import static io.incidentalerts.identity.Fixtures.T0;
import static io.incidentalerts.identity.Fixtures.WIRE;
import static io.incidentalerts.identity.Fixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.classifier.Category;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentMatcherTest {

    private final IncidentMatcher matcher = new IncidentMatcher(Duration.ofHours(72), 50);
    private final KnownIncident bombing = IncidentMerger.open("inc-1", Fixtures.wire(), T0).incident();

    @Test
    void aSyndicatedCopyMatchesEvenWithACoarserPlace() {
        Report copy = report("copy", "Daily Herald", T0.plusSeconds(1800), Category.BOMBING, KIRKUK_PROVINCE, 12, 30,
                WIRE.replace("police said", "police officials said"));
        assertThat(matcher.match(copy, List.of(bombing))).contains(bombing);
    }

    @Test
    void aFollowUpTheNextDayWithAHigherTollMatches() {
        Report followUp = report("toll", "Example Wire", T0.plus(Duration.ofHours(23)), Category.BOMBING, KIRKUK, 19, 41,
                FOLLOW_UP);
        assertThat(matcher.match(followUp, List.of(bombing))).contains(bombing);
    }

    @Test
    void anotherIncidentInTheSameCityOnTheSameDayStaysSeparate() {
        Report kidnap = report("kidnap", "Example Wire", T0.plus(Duration.ofHours(9)), Category.KIDNAPPING, KIRKUK, 0, 0,
                KIDNAP);
        assertThat(matcher.match(kidnap, List.of(bombing))).isEmpty();
    }

    @Test
    void theSameTextOutsideTheTimeWindowIsANewIncident() {
        Report later = report("later", "Example Wire", T0.plus(Duration.ofHours(73)), Category.BOMBING, KIRKUK, 12, 30,
                WIRE);
        Report earlier = report("earlier", "Example Wire", T0.minus(Duration.ofHours(73)), Category.BOMBING, KIRKUK,
                12, 30, WIRE);
        assertThat(matcher.match(later, List.of(bombing))).isEmpty();
        assertThat(matcher.match(earlier, List.of(bombing))).isEmpty();
        assertThat(matcher.match(report("in", "W", T0.plus(Duration.ofHours(71)), Category.BOMBING, KIRKUK, 12, 30,
                WIRE), List.of(bombing))).contains(bombing);
    }

    @Test
    void aFollowUpFromAFarCityDoesNotMatch() {
        Report elsewhere = report("mosul", "Example Wire", T0.plusSeconds(3600), Category.BOMBING, MOSUL, 19, 41,
                FOLLOW_UP.replace("Kirkuk", "Mosul"));
        assertThat(matcher.match(elsewhere, List.of(bombing))).isEmpty();
    }

    @Test
    void ofTwoCandidatesTheMoreSimilarWins() {
        KnownIncident kidnapping = IncidentMerger.open("inc-2", report("kidnap", "Example Wire", T0, Category.KIDNAPPING,
                KIRKUK, 0, 0, KIDNAP), T0).incident();
        Report copy = report("copy", "Daily Herald", T0.plusSeconds(60), Category.BOMBING, KIRKUK, 12, 30, WIRE);
        assertThat(matcher.match(copy, List.of(kidnapping, bombing))).contains(bombing);
        assertThat(matcher.withinWindow(Instant.EPOCH, T0, T0)).isFalse();
    }
}
