package io.incidentalerts.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    @Test
    void nearestRankPercentilesOfOneToHundred() {
        long[] shuffled = LongStream.rangeClosed(1, 100).map(i -> (i * 37) % 100 + 1).toArray();
        assertThat(LatencyStats.of(shuffled)).isEqualTo(new LatencyStats(50, 99, 100));
    }

    @Test
    void oneValueIsEveryPercentile() {
        assertThat(LatencyStats.of(new long[] {7})).isEqualTo(new LatencyStats(7, 7, 7));
    }

    @Test
    void noValuesIsAnError() {
        assertThatThrownBy(() -> LatencyStats.of(new long[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
