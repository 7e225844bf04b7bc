package io.incidentalerts.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Wording of real conflict-event notes and wire copy (hand-written illustrations, not labelled rows). */
class ConflictNoteWordingTest {

    @Test
    void militantsIsAPerpetratorWithOrWithoutSuspected() {
        // the cue "{,suspected} militant{,s}" once matched only "suspected militants"
        Classification c = Articles.body("On 30 November 2019, militants killed five farmers in Borno state.");
        assertThat(c.incident()).isTrue();
        assertThat(c.casualties().killed()).isEqualTo(5);
    }

    @Test
    void guerrillasArePerpetrators() {
        assertThat(Articles.body("Guerrillas dynamited two power pylons in Usulutan department.").incident()).isTrue();
    }

    @Test
    void bodiesFoundWithGunshotWoundsAreKilledByViolence() {
        Classification c = Articles.body("On 7 July 2016, the bodies of three men were found with gunshot wounds in Tripoli.");
        assertThat(c.incident()).isTrue();
        assertThat(c.casualties().killed()).isEqualTo(3);
    }

    @Test
    void bodiesFoundAfterAFloodAreNoIncident() {
        assertThat(Articles.body("The bodies of three fishermen were found on the beach after the storm.").incident()).isFalse();
    }

    @Test
    void executedPeopleAreKilled() {
        Classification c = Articles.body("Five farmers were executed by militants in a village of Borno state on Tuesday.");
        assertThat(c.incident()).isTrue();
        assertThat(c.casualties().killed()).isEqualTo(5);
    }

    @Test
    void aDealExecutedIsNoIncident() {
        assertThat(Articles.body("The company executed 5 trades on Tuesday before the market closed.").incident()).isFalse();
    }
}
