package io.incidentalerts.feeds;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential back-off with jitter: the initial wait, doubled with each further failure up to the cap,
 * then shortened at random by up to a half, so feeds that failed together do not retry together.
 */
record Backoff(Duration initial, Duration max) {

    Duration after(int failures, RandomGenerator random) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        long base = initial.toMillis();
        long capped = max.toMillis();
        int shift = Math.min(failures - 1, 30);
        long delay = base > (capped >> shift) ? capped : Math.min(capped, base << shift);
        return Duration.ofMillis(delay - (long) (delay * 0.5 * random.nextDouble()));
    }
}
