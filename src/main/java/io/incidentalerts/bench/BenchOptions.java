package io.incidentalerts.bench;

import java.time.Duration;

/**
 * What to run: {@code articles} measured articles after {@code warmup} unmeasured ones, offered at
 * {@code perSecond} (0: unpaced), on {@code partitions} partitions, {@code threads} stream threads per
 * instance, {@code instances} service instances in this JVM.
 */
public record BenchOptions(int articles, int warmup, double perSecond, int partitions, int threads, int instances,
                           Duration timeout) {

    public BenchOptions {
        if (articles <= 0 || warmup < 0 || partitions <= 0 || threads <= 0 || instances <= 0) {
            throw new IllegalArgumentException("articles, partitions, threads and instances must be positive, "
                    + "warmup not negative");
        }
    }
}
