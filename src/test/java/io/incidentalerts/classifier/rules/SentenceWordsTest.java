package io.incidentalerts.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.classifier.Article;
import io.incidentalerts.classifier.Category;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.classifier.IncidentClassifier;
import org.junit.jupiter.api.Test;

/** Behaviours the word lists of sentence-words.tsv drive. */
class SentenceWordsTest {

    private static final IncidentClassifier CLASSIFIER = IncidentClassifier.load(false);

    private static Classification body(String text) {
        return CLASSIFIER.classify(new Article("t", null, null, null, text, null, "en"));
    }

    @Test
    void sceneLinksLetAHardFrameWordBeWhatWasAttacked() {
        assertThat(body("Gunmen attacked a memorial service in the capital, killing three mourners.").incident())
                .isTrue();
        assertThat(SentenceWords.SCENE_LINKS).contains("a", "the", "on");
    }

    @Test
    void aBackgroundCueInARelativeClauseDatesOnlyThatClause() {
        assertThat(body("Troops retook the village after fierce fighting with guerrillas who overran it late last month.")
                .incident()).isTrue();
        assertThat(SentenceWords.RELATIVE_PRONOUNS).contains("who", "which");
    }

    @Test
    void anAttackBesideAnOfficialsNameIsNotAimedAtThem() {
        Classification c = body("A suicide bomber detonated a car bomb outside the Ambassador Hotel, killing nine people.");
        assertThat(c.category()).isEqualTo(Category.BOMBING);
        assertThat(SentenceWords.BESIDE_OFFICIAL).contains("outside", "near");
    }
}
