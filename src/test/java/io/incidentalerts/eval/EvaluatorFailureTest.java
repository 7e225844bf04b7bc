package io.incidentalerts.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.classifier.Classification;
import io.incidentalerts.classifier.ClassifierException;
import io.incidentalerts.classifier.IncidentClassifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A row the classifier throws on is counted and listed, and the rows after it are still measured. */
class EvaluatorFailureTest {

    private static final IncidentClassifier CLASSIFIER = IncidentClassifier.loadDefault();

    @Test
    void aFailingRowIsCountedAndTheRunGoesOn() {
        Evaluator evaluator = new Evaluator(article -> {
            if (article.id().startsWith("bad")) {
                throw new ClassifierException(article.id(), new StackOverflowError());
            }
            return CLASSIFIER.classify(article);
        });
        EvalReport report = evaluator.evaluate(List.of(
                row("bad-1", "Gunmen shot dead four people at a market in Almaty.", true),
                row("ok-1", "Gunmen shot dead four people at a market in Almaty.", true),
                row("bad-2", "The central bank kept its rates unchanged.", false),
                row("ok-2", "The central bank kept its rates unchanged.", false)));
        assertThat(report.failed()).isEqualTo(2);
        assertThat(report.positives()).isEqualTo(2);
        assertThat(report.detected()).isEqualTo(1);
        assertThat(report.negatives()).isEqualTo(2);
        assertThat(report.falsePositives()).isZero();
        assertThat(report.mistakes()).contains("FAILED bad-1: java.lang.StackOverflowError", "FAILED bad-2: java.lang.StackOverflowError");
        assertThat(report.format()).startsWith("classifier failures       2");
    }

    @Test
    void aRunWithoutFailuresPrintsNoFailureLine() {
        EvalReport report = new Evaluator(CLASSIFIER).evaluate(List.of(row("ok", "The central bank kept its rates unchanged.", false)));
        assertThat(report.failed()).isZero();
        assertThat(report.format()).startsWith("detection recall");
    }

    private static LabelledRow row(String id, String text, boolean positive) {
        return new LabelledRow(id, null, text, positive, null, positive ? "Armed assault" : null, null, null);
    }
}
