package io.incidentalerts.eval;

import io.incidentalerts.classifier.Article;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.classifier.ClassifierException;
import io.incidentalerts.classifier.IncidentClassifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the classifier over labelled rows and measures detection recall, false positives, category,
 * country and toll agreement. Pure: reads the file it is given and returns a report; printing is
 * the caller's business ({@link EvalReport#format()}). A row the classifier fails on is counted
 * and listed, as a miss when it is a positive, and the run goes on.
 */
public final class Evaluator {

    private final Function<Article, Classification> classifier;
    private final CountryNames countries = CountryNames.load();

    public Evaluator(IncidentClassifier classifier) {
        this(classifier::classify);
    }

    Evaluator(Function<Article, Classification> classifier) {
        this.classifier = classifier;
    }

    public EvalReport evaluate(Path jsonl) {
        return evaluate(LabelReader.read(jsonl));
    }

    public EvalReport evaluate(List<LabelledRow> rows) {
        int pos = 0, det = 0, neg = 0, fp = 0, catN = 0, catOk = 0, ctyN = 0, ctyOk = 0, kN = 0, kOk = 0, iN = 0, iOk = 0;
        int failed = 0;
        List<String> mistakes = new ArrayList<>();
        for (LabelledRow row : rows) {
            Classification c;
            try {
                c = classifier.apply(new Article(row.id(), null, null, row.title(), row.text(), null, "en"));
            } catch (ClassifierException e) {
                failed++;
                mistakes.add("FAILED " + row.id() + ": " + e.failure().getName());
                pos += row.positive() ? 1 : 0;
                neg += row.positive() ? 0 : 1;
                continue;
            }
            if (!row.positive()) {
                neg++;
                if (c.incident()) {
                    fp++;
                    mistakes.add("FP " + row.id() + ": " + c.evidence());
                }
                continue;
            }
            pos++;
            if (!c.incident()) {
                mistakes.add("MISS " + row.id());
                continue;
            }
            det++;
            if (row.category() != null) {
                catN++;
                if (CategoryLabels.accepted(row.category()).contains(c.category())) {
                    catOk++;
                } else {
                    mistakes.add("CAT " + row.id() + " " + row.category() + " -> " + c.category());
                }
            }
            if (row.country() != null) {
                ctyN++;
                if (c.location() != null && countries.same(row.country(), c.location().country())) {
                    ctyOk++;
                } else {
                    mistakes.add("COUNTRY " + row.id() + " " + row.country() + " -> "
                            + (c.location() == null ? "none" : c.location().country()));
                }
            }
            if (row.killed() != null) {
                kN++;
                if (row.killed() == c.casualties().killed()) {
                    kOk++;
                } else {
                    mistakes.add("KILLED " + row.id() + " " + row.killed() + " -> " + c.casualties().killed());
                }
            }
            if (row.injured() != null) {
                iN++;
                if (row.injured() == c.casualties().injured()) {
                    iOk++;
                } else {
                    mistakes.add("INJURED " + row.id() + " " + row.injured() + " -> " + c.casualties().injured());
                }
            }
        }
        return new EvalReport(pos, det, neg, fp, catN, catOk, ctyN, ctyOk, kN, kOk, iN, iOk, failed, List.copyOf(mistakes));
    }
}
