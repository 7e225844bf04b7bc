package io.incidentalerts.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StreamPositionTest {

    @Test
    void anIdReadsBackAsThePositionItWasWrittenFrom() {
        StreamPosition p = new StreamPosition(List.of(4L, 0L, 7L), List.of(0L, 1L));
        assertThat(p.id()).isEqualTo("a4,0,7;s0,1");
        assertThat(StreamPosition.parse(p.id())).isEqualTo(p);
        assertThat(StreamPosition.parse("a;s")).isEqualTo(new StreamPosition(List.of(), List.of()));
    }

    @Test
    void aSentRecordMovesOnlyItsPartitionJustPastIt() {
        StreamPosition p = new StreamPosition(List.of(4L, 0L, 7L), List.of(0L));
        assertThat(p.after(false, 1, 12).id()).isEqualTo("a4,13,7;s0");
        assertThat(p.after(true, 2, 3).id()).as("a partition the position did not know yet").isEqualTo("a4,0,7;s0,0,4");
    }

    @Test
    void anythingElseIsRefusedWithTheExpectedShape() {
        for (String bad : List.of("", "42", "a1,2", "a1,,2;s0", "a-1;s0", "s0;a0", "a1;s0;x", "a99999999999999999999;s0",
                "a" + "1,".repeat(3000) + "1;s0")) {
            assertThatThrownBy(() -> StreamPosition.parse(bad)).as(bad.length() > 40 ? "a long id" : bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a<offsets>;s<offsets>");
        }
    }
}
