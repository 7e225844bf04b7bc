package io.incidentalerts.eval;

import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.support.EvalFiles;
import java.util.ArrayList;
import java.util.List;

/** Evaluates named {@code /eval/<name>.jsonl} files together and prints the figures ({@code -Deval.verbose}: each mistake). */
final class EvalSets {

    private EvalSets() {
    }

    static EvalReport evaluate(IncidentClassifier classifier, String... names) {
        List<LabelledRow> rows = new ArrayList<>();
        for (String name : names) {
            rows.addAll(LabelReader.read(EvalFiles.path(name)));
        }
        EvalReport r = new Evaluator(classifier).evaluate(rows);
        System.out.println(r.format());
        if (Boolean.getBoolean("eval.verbose")) {
            r.mistakes().forEach(System.out::println);
        }
        return r;
    }
}
