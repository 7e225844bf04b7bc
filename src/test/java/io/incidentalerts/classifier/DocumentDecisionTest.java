package io.incidentalerts.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The document decision: every sentence is read, later ones speak when they date the event to now. */
class DocumentDecisionTest {

    private static final String DATELINE_AND_REACTIONS = "SAN MIGUEL, 12 MAR 90 (RADIO CADENA) -- [TEXT] THE GOVERNMENT "
            + "SPOKESMAN TODAY ISSUED A STATEMENT ON THE NATIONAL DIALOGUE. THE STATEMENT CALLS ON ALL PARTIES TO "
            + "RESPECT THE AGREEMENTS SIGNED IN FEBRUARY. THE ARCHBISHOP ALSO ASKED THE PARTIES TO RETURN TO THE TALKS. ";

    @Test
    void anAttackReportedYesterdayCountsAfterTheReactionsThatOpenWireCopy() {
        Classification c = Articles.body(DATELINE_AND_REACTIONS
                + "MEANWHILE, THE PRESS COMMITTEE REPORTED THAT TERRORISTS DYNAMITED TWO POWER TOWERS IN USULUTAN YESTERDAY.");
        assertThat(c.incident()).isTrue();
        assertThat(c.category()).isEqualTo(Category.BOMBING);
    }

    @Test
    void aLateSentenceWithoutRecentDatingStaysBackground() {
        Classification c = Articles.body(DATELINE_AND_REACTIONS
                + "THE TERRORISTS HAVE DYNAMITED POWER TOWERS IN USULUTAN MANY TIMES.");
        assertThat(c.incident()).isFalse();
    }

    @Test
    void aLateSentenceDatedDaysBeforeTheDatelineCounts() {
        Classification c = Articles.body(DATELINE_AND_REACTIONS
                + "THE PRESS COMMITTEE REPORTED THAT TERRORISTS DYNAMITED TWO POWER TOWERS IN USULUTAN ON 10 MARCH.");
        assertThat(c.incident()).isTrue();
        assertThat(c.category()).isEqualTo(Category.BOMBING);
    }

    @Test
    void aLateSentenceDatedWeeksBeforeTheDatelineStaysBackground() {
        Classification c = Articles.body(DATELINE_AND_REACTIONS
                + "THE PRESS COMMITTEE RECALLED THAT TERRORISTS DYNAMITED TWO POWER TOWERS IN USULUTAN ON 10 FEBRUARY.");
        assertThat(c.incident()).isFalse();
    }

    @Test
    void aTitledStoryStillReportsItsIncidentInTheOpening() {
        String body = "Shares rose on Monday. Bank results lifted the index. Analysts expect more gains. "
                + "Traders said gunmen attacked a convoy yesterday, killing two guards.";
        assertThat(Articles.classify("Stocks rally on bank results", body).incident()).isFalse();
    }

    @Test
    void shapeFollowsTheTitle() {
        assertThat(DocumentDecision.shape(java.util.List.of())).isEqualTo(DocumentDecision.Shape.UNTITLED);
        DocumentDecision d = DocumentDecision.load();
        assertThat(d.weight(0, 2)).isEqualTo(1.0);
        assertThat(d.weight(2, 2)).isLessThan(1.0);
        assertThat(d.weight(400, 2)).isGreaterThan(0.0);
    }
}
