package io.incidentalerts.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.classifier.geo.PlaceResolver;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the evaluator on the shared dev set plus our own negatives and checks floors. The dev list
 * counts victims only (attackers killed are left out in most rows), so its tolls are compared
 * under the victims-only convention; the default GTD totals are checked on the held-out set.
 */
class DevSetEvaluationTest {

    private static final Path DEV = Path.of("../shared/eval/dev-incidents.jsonl");

    @Test
    void devSetAndNegativesMeetFloors() throws URISyntaxException {
        Path negatives = Path.of(getClass().getResource("/eval/negatives.jsonl").toURI());
        List<LabelledRow> rows = new ArrayList<>(LabelReader.read(negatives));
        assertThat(DEV).as("the shared dev set beside the repository").exists();
        rows.addAll(LabelReader.read(DEV));
        EvalReport r = new Evaluator(IncidentClassifier.loadDefault()).evaluate(rows);
        System.out.println(r.format());
        if (Boolean.getBoolean("eval.verbose")) {
            r.mistakes().forEach(System.out::println);
        }
        assertThat(r.negatives()).isGreaterThanOrEqualTo(150);
        assertThat(r.falsePositiveRate()).isLessThanOrEqualTo(0.02);
        assertThat(r.recall()).isGreaterThanOrEqualTo(0.97);
        assertThat(r.categoryAccuracy()).isGreaterThanOrEqualTo(0.85);
        assertThat(r.killedExact()).isGreaterThanOrEqualTo(0.74);
        assertThat(r.injuredExact()).isGreaterThanOrEqualTo(0.66);
    }
}
