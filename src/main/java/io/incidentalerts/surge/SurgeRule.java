package io.incidentalerts.surge;

/**
 * When a 24 h count is a surge: at least {@code minCount} incidents and more than {@code factor}
 * times the baseline, the mean 24 h count of the {@code baselineDays} days before.
 */
public record SurgeRule(double factor, int minCount, int baselineDays) {

    public boolean isSurge(long count, double baseline) {
        return count >= minCount && count > factor * baseline;
    }

    public double baseline(long[] previousDays) {
        long sum = 0;
        for (long c : previousDays) {
            sum += c;
        }
        return (double) sum / baselineDays;
    }
}
