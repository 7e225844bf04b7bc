package io.incidentalerts.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.classifier.IncidentClassifier;
import org.junit.jupiter.api.Test;

/**
 * Runs the evaluator on the dev set (a copy in the repository, CC BY-SA 4.0) plus our own negatives
 * and checks floors. The dev list counts victims only (attackers killed are left out in most rows),
 * so its tolls are compared under the victims-only convention; the default GTD totals are checked on
 * tuning set 1.
 */
class DevSetEvaluationTest {

    @Test
    void devSetAndNegativesMeetFloors() {
        EvalReport r = EvalSets.evaluate(IncidentClassifier.loadDefault(), "negatives", "dev-incidents");
        assertThat(r.positives()).as("the 324 dev incidents").isEqualTo(324);
        assertThat(r.negatives()).isGreaterThanOrEqualTo(150);
        assertThat(r.falsePositiveRate()).isLessThanOrEqualTo(0.02);
        assertThat(r.recall()).isGreaterThanOrEqualTo(0.97);
        assertThat(r.categoryAccuracy()).isGreaterThanOrEqualTo(0.85);
        assertThat(r.killedExact()).isGreaterThanOrEqualTo(0.74);
        assertThat(r.injuredExact()).isGreaterThanOrEqualTo(0.66);
    }
}
