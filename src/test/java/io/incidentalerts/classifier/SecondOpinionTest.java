package io.incidentalerts.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.classifier.geo.PlaceResolver;
import io.incidentalerts.classifier.model.RelevanceModel;
import io.incidentalerts.classifier.model.SecondOpinion;
import org.junit.jupiter.api.Test;

/** Where the rules are unsure (long untitled copy), the learned second opinion decides. */
class SecondOpinionTest {

    private static final PlaceResolver PLACES = PlaceResolver.loadDefault();
    private static final String REACTIONS = "SAN MIGUEL, 12 MAR 90 (RADIO CADENA) -- [TEXT] THE GOVERNMENT SPOKESMAN "
            + "ISSUED A STATEMENT ON THE NATIONAL DIALOGUE. THE STATEMENT CALLS ON ALL PARTIES TO RESPECT THE "
            + "AGREEMENTS. THE ARCHBISHOP ASKED THE PARTIES TO RETURN TO THE TALKS. ";
    private static final String BURIED_ATTACK = REACTIONS + "THE PRESS COMMITTEE REPORTED THAT TERRORISTS DYNAMITED "
            + "TWO POWER TOWERS IN USULUTAN, LEAVING THE DEPARTMENT WITHOUT POWER.";
    private static final String OPENING_ATTACK = "TERRORISTS DYNAMITED TWO POWER TOWERS IN USULUTAN. " + REACTIONS;

    /** A document model that says the same log-odds of every text, and no sentence model. */
    private static IncidentClassifier withOpinion(double logOdds) {
        return IncidentClassifier.create(PLACES, false, new SecondOpinion(constant(logOdds), null));
    }

    /** Document and sentence models that each say the same log-odds of every text. */
    private static IncidentClassifier withOpinions(double document, double sentence) {
        return IncidentClassifier.create(PLACES, false, new SecondOpinion(constant(document), constant(sentence)));
    }

    private static RelevanceModel constant(double logOdds) {
        return new RelevanceModel(new float[16], 2000, logOdds);
    }

    private static boolean incident(IncidentClassifier c, String title, String body) {
        return c.classify(new Article("t", null, null, title, body, null, "en")).incident();
    }

    @Test
    void aConfidentModelAcceptsAViolentSentenceBeyondTheOpening() {
        assertThat(incident(IncidentClassifier.create(PLACES, false, SecondOpinion.none()), null, BURIED_ATTACK)).isFalse();
        assertThat(incident(withOpinion(3), null, BURIED_ATTACK)).isTrue();
    }

    @Test
    void aDoubtfulModelOverrulesTheRulesOnLongUntitledCopy() {
        assertThat(incident(withOpinion(3), null, OPENING_ATTACK)).isTrue();
        assertThat(incident(withOpinion(-3), null, OPENING_ATTACK)).isFalse();
    }

    @Test
    void shortNotesAndTitledNewsAreLeftToTheRules() {
        assertThat(incident(withOpinion(-3), null, "Terrorists dynamited two power towers in Usulutan.")).isTrue();
        assertThat(incident(withOpinion(-3), "Terrorists dynamite power towers", OPENING_ATTACK)).isTrue();
    }

    @Test
    void anUnsupportedWeakTriggerNeedsAMoreConfidentModel() {
        String story = REACTIONS + "RESIDENTS REPORTED AN EXPLOSION IN SOYAPANGO.";
        assertThat(incident(withOpinion(1), null, story)).isFalse();
        assertThat(incident(withOpinion(3), null, story)).isTrue();
    }

    @Test
    void aViolentSentenceWithoutATriggerWordStillConsultsTheModel() {
        String named = "JUSTINO RUIZ WAS KILLED BY TWO BULLETS FIRED FROM A PISTOL IN USULUTAN.";
        assertThat(incident(IncidentClassifier.create(PLACES, false, SecondOpinion.none()), null, REACTIONS + named)).isFalse();
        assertThat(incident(withOpinion(3), null, REACTIONS + named)).isTrue();
        assertThat(incident(withOpinion(-3), null, named + " " + REACTIONS)).isFalse();
    }

    @Test
    void withoutAnyViolentSentenceTheModelAloneIsNoIncident() {
        assertThat(incident(withOpinion(3), null, REACTIONS + REACTIONS)).isFalse();
    }

    @Test
    void aConfidentSentenceModelLiftsADoubtfulDocument() {
        // decision.tsv: promote 0.5, sentence weight 2
        assertThat(incident(withOpinions(0, 0), null, BURIED_ATTACK)).isFalse();
        assertThat(incident(withOpinions(0, 1), null, BURIED_ATTACK)).isTrue();
    }

    @Test
    void theSentenceModelAloneDoesNotOverruleTheRules() {
        assertThat(incident(withOpinions(1, -3), null, OPENING_ATTACK)).isTrue();
        assertThat(incident(withOpinions(-1, -3), null, OPENING_ATTACK)).isFalse();
        assertThat(incident(withOpinions(-1, 2), null, OPENING_ATTACK)).isTrue();
    }

    @Test
    void anIncidentTheModelsSpokeOnShowsTheSentenceTheyBelieved() {
        float[] w = new float[1 << 18];
        w[204_194] = 20f; // zlib.crc32("u:dynamited") % 2**18
        IncidentClassifier c = IncidentClassifier.create(PLACES, false,
                new SecondOpinion(constant(0), new RelevanceModel(w, 2000, -2)));
        Article article = new Article("t", null, null, null, BURIED_ATTACK, null, "en");
        Classification result = c.classify(article);
        assertThat(result.incident()).isTrue();
        assertThat(result.evidence()).filteredOn(e -> e.field().equals("second-opinion")).singleElement()
                .satisfies(e -> {
                    assertThat(e.text()).startsWith("THE PRESS COMMITTEE REPORTED THAT TERRORISTS DYNAMITED");
                    assertThat(article.analysedText().substring(e.start(), e.end())).isEqualTo(e.text());
                });
        Classification rulesAlone = IncidentClassifier.create(PLACES, false, SecondOpinion.none())
                .classify(new Article("t", null, null, "Terrorists dynamite power towers", OPENING_ATTACK, null, "en"));
        assertThat(rulesAlone.evidence()).noneMatch(e -> e.field().equals("second-opinion"));
    }
}
