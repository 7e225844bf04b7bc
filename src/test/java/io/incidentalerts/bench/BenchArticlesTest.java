package io.incidentalerts.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.alert.ArticleOutcome;
import io.incidentalerts.classifier.IncidentClassifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchArticlesTest {

    private final BenchArticles corpus = BenchArticles.load();

    @Test
    void recordsAreWireLengthWithDistinctTextsAndFreshIds() {
        List<byte[]> records = corpus.records(corpus.variety(), "t-");
        assertThat(records).allSatisfy(r -> assertThat(r.length).isBetween(2_500, 4_500));
        assertThat(new HashSet<>(records.stream().map(r -> new String(r, StandardCharsets.UTF_8)
                .replaceFirst("\"id\":\"t-\\d+\"", "")).toList())).hasSize(records.size());
        assertThat(new String(records.get(3), StandardCharsets.UTF_8)).contains("\"id\":\"t-3\"");
    }

    @Test
    void mixHasIncidentsAndEverydayNews() {
        IncidentClassifier classifier = IncidentClassifier.loadDefault();
        long alerted = corpus.records(corpus.variety(), "m-").stream()
                .filter(r -> ArticleOutcome.of(r, 1 << 20, classifier, Clock.systemUTC()) instanceof ArticleOutcome.Alerted)
                .count();
        assertThat(alerted).isBetween(1L, (long) corpus.variety() - 1);
    }
}
