package io.incidentalerts.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(10));

    @Test
    void theWaitDoublesWithEachFailureUpToTheCapAndJitterShortensItByUpToAHalf() {
        SplittableRandom random = new SplittableRandom(7);
        for (int failures = 1; failures <= 40; failures++) {
            long full = Math.min(600_000L, 10_000L << Math.min(failures - 1, 30));
            long wait = backoff.after(failures, random).toMillis();
            assertThat(wait).as("failure %d", failures).isBetween(full / 2, full);
        }
        assertThat(backoff.after(0, random)).isZero();
    }

    @Test
    void feedsThatFailTogetherDoNotRetryTogether() {
        SplittableRandom random = new SplittableRandom(1);
        long distinct = java.util.stream.IntStream.range(0, 20)
                .mapToLong(i -> backoff.after(3, random).toMillis()).distinct().count();
        assertThat(distinct).isGreaterThan(15);
    }
}
