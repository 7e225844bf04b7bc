package io.incidentalerts.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.classifier.Article;
import io.incidentalerts.classifier.Casualties;
import io.incidentalerts.classifier.Category;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.classifier.Location;
import io.incidentalerts.classifier.Precision;
import io.incidentalerts.classifier.Severity;
import io.incidentalerts.support.ArticleRecords;
import io.incidentalerts.support.TopologyHarness;
import io.incidentalerts.surge.RegionStats;
import io.incidentalerts.surge.SurgeData;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.streams.TestInputTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Regional counts and surges: distinct incidents in one city, a quiet week, then a busy day. */
class RegionalSurgeTopologyTest {

    private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");
    private static final Instant DAY1 = Instant.parse("2024-05-01T10:00:00Z");
    private static final Location KABUL = new Location("Kabul", "Kabul", "Afghanistan", "AF", "Southern Asia", "Asia",
            34.53, 69.17, Precision.CITY);

    private TopologyHarness topology;
    private TestInputTopic<byte[], byte[]> input;
    private int next;

    @BeforeEach
    void start() {
        topology = TopologyHarness.start(kabulBombings(), NOW,
                Map.of("surge.factor", "2.5", "surge.min.count", "3", "surge.baseline.days", "7"));
        input = topology.input();
    }

    @AfterEach
    void close() {
        topology.close();
    }

    @Test
    void hourlyAndDailyCountsGoToTheStatsTopic() {
        publish(DAY1);
        publish(DAY1.plus(Duration.ofMinutes(20)));
        publish(DAY1.plus(Duration.ofHours(2)));

        List<RegionStats> stats = stats();
        assertThat(stats).filteredOn(s -> s.window().equals(RegionStats.HOUR)).extracting(RegionStats::count)
                .containsExactly(1L, 2L, 1L);
        assertThat(stats).filteredOn(s -> s.window().equals(RegionStats.DAY)).extracting(RegionStats::count)
                .containsExactly(1L, 2L, 3L);
        RegionStats last = stats.get(stats.size() - 1);
        assertThat(last.region()).isEqualTo("Southern Asia");
        assertThat(last.category()).isEqualTo(Category.BOMBING);
        assertThat(last.windowStart()).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
        assertThat(last.windowEnd()).isEqualTo(Instant.parse("2024-05-02T00:00:00Z"));
        assertThat(last.baseline()).isZero();
        assertThat(last.surge()).as("3 incidents on a day with no history reach the minimum").isTrue();
    }

    @Test
    void aDayFarAboveTheTrailingWeekRaisesOneSurge() {
        for (int day = 0; day < 7; day++) {
            publish(DAY1.plus(Duration.ofDays(day)));
        }
        surges();
        Instant busy = DAY1.plus(Duration.ofDays(7));
        publish(busy);
        publish(busy.plus(Duration.ofHours(1)));
        assertThat(surges()).as("2 is not more than 2.5 x 1").isEmpty();
        publish(busy.plus(Duration.ofHours(2)));
        publish(busy.plus(Duration.ofHours(3)));
        publish(busy.plus(Duration.ofHours(4)));

        List<SurgeData> surges = surges();
        assertThat(surges).singleElement().satisfies(s -> {
            assertThat(s.alertType()).isEqualTo(SurgeData.SURGE);
            assertThat(s.region()).isEqualTo("Southern Asia");
            assertThat(s.count()).isEqualTo(3);
            assertThat(s.baseline()).isEqualTo(1.0);
            assertThat(s.factor()).isEqualTo(2.5);
            assertThat(s.windowStart()).isEqualTo(Instant.parse("2024-05-08T00:00:00Z"));
        });
        assertThat(topology.recorded().surges()).hasSize(1);
    }

    /** One incident article with words of its own, so that no two of them are one incident. */
    private void publish(Instant publishedAt) {
        int n = next++;
        String body = "w" + n + "a w" + n + "b w" + n + "c w" + n + "d w" + n + "e";
        String json = new String(ArticleRecords.json("kabul-" + n, "Bombing report " + n, body), StandardCharsets.UTF_8)
                .replace("2024-05-01T10:00:00Z", publishedAt.toString());
        input.pipeInput(json.getBytes(StandardCharsets.UTF_8));
    }

    private List<RegionStats> stats() {
        return topology.stats().readValuesToList();
    }

    private List<SurgeData> surges() {
        return topology.surges().readValuesToList();
    }

    private static Function<Article, Classification> kabulBombings() {
        return article -> new Classification(article.id(), true, Category.BOMBING, Severity.HIGH, 0.9, KABUL,
                new Casualties(1, 1), List.of());
    }
}
