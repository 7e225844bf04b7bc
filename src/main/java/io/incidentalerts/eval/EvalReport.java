package io.incidentalerts.eval;

import java.util.List;
import java.util.Locale;

/**
 * Figures of one evaluation run. Category, country and toll figures are measured on the
 * positives the classifier detected (a missed incident already counts against recall); each
 * denominator counts only rows that carry that label. {@code failed} rows are those the classifier
 * threw on: counted in positives or negatives, never detected or flagged.
 */
public record EvalReport(
        int positives, int detected,
        int negatives, int falsePositives,
        int categoryRows, int categoryCorrect,
        int countryRows, int countryCorrect,
        int killedRows, int killedCorrect,
        int injuredRows, int injuredCorrect,
        int failed,
        List<String> mistakes) {

    public double recall() {
        return ratio(detected, positives);
    }

    public double falsePositiveRate() {
        return ratio(falsePositives, negatives);
    }

    public double categoryAccuracy() {
        return ratio(categoryCorrect, categoryRows);
    }

    public double countryAccuracy() {
        return ratio(countryCorrect, countryRows);
    }

    public double killedExact() {
        return ratio(killedCorrect, killedRows);
    }

    public double injuredExact() {
        return ratio(injuredCorrect, injuredRows);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }

    /** The figures, one a line; a line for classifier failures only when there were some. */
    public String format() {
        String failures = failed == 0 ? "" : String.format(Locale.ROOT, "classifier failures  %6d  (listed with -v)%n", failed);
        return failures + String.format(Locale.ROOT, """
                detection recall     %6.1f %%  (%d/%d)
                false-positive rate  %6.1f %%  (%d/%d)
                category accuracy    %6.1f %%  (%d/%d)
                country accuracy     %6.1f %%  (%d/%d)
                killed exact         %6.1f %%  (%d/%d)
                injured exact        %6.1f %%  (%d/%d)
                """,
                100 * recall(), detected, positives,
                100 * falsePositiveRate(), falsePositives, negatives,
                100 * categoryAccuracy(), categoryCorrect, categoryRows,
                100 * countryAccuracy(), countryCorrect, countryRows,
                100 * killedExact(), killedCorrect, killedRows,
                100 * injuredExact(), injuredCorrect, injuredRows);
    }
}
