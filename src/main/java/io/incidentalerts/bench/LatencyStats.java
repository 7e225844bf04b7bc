package io.incidentalerts.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a set of latencies in milliseconds. */
public record LatencyStats(long p50Ms, long p99Ms, long maxMs) {

    static LatencyStats of(long[] latenciesMs) {
        if (latenciesMs.length == 0) {
            throw new IllegalArgumentException("no latencies measured");
        }
        long[] sorted = latenciesMs.clone();
        Arrays.sort(sorted);
        return new LatencyStats(percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1]);
    }

    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
