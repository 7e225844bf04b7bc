package io.incidentalerts.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RelevanceModelTest {

    // Indices the trainer (scripts/model/train-relevance.py) gives these features: zlib.crc32(feature) % 2**18.
    private static final int CAR = 180_200;
    private static final int BOMB = 211_965;
    private static final int CAR_BOMB = 144_315;

    private static float[] weights() {
        float[] w = new float[1 << 18];
        w[CAR] = 0.5f;
        w[BOMB] = 2.0f;
        w[CAR_BOMB] = 1.0f;
        return w;
    }

    private static RelevanceModel model(double bias) {
        return new RelevanceModel(weights(), 2000, bias);
    }

    @Test
    void hashesWordsAndBigramsLikeTheTrainer() {
        assertThat(model(-1).score("BOMB")).isCloseTo(-1 + 2.0, within(1e-6));
        // a, car, bomb, "a car", "car bomb": five features
        assertThat(model(-1).score("A car-bomb?")).isCloseTo(-1 + (0.5 + 2.0 + 1.0) / Math.sqrt(5), within(1e-6));
    }

    @Test
    void aRangeScoresLikeTheTextItHolds() {
        String text = "peace talks. A car-bomb? more talks";
        assertThat(model(-1).score(text, 13, 24)).isCloseTo(model(-1).score("A car-bomb?"), within(1e-12));
    }

    @Test
    void aRepeatedFeatureCountsOnce() {
        assertThat(model(0).score("bomb bomb bomb")).isCloseTo((2.0 + 0) / Math.sqrt(2), within(1e-6));
    }

    @Test
    void readsOnlyTheFirstMaxWords() {
        RelevanceModel oneWord = new RelevanceModel(weights(), 1, 0);
        assertThat(oneWord.score("peace bomb")).isCloseTo(0.0, within(1e-6));
    }

    @Test
    void noModelNeverDecides() {
        assertThat(RelevanceModel.none().score("bomb")).isNaN();
    }
}
