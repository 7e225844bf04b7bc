package io.incidentalerts.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.classifier.Article;
import io.incidentalerts.classifier.Casualties;
import io.incidentalerts.classifier.Category;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.classifier.Location;
import io.incidentalerts.classifier.Precision;
import io.incidentalerts.classifier.Severity;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The repartition key: the country, else a bucket of the text that copies share. */
class SightingTest {

    private static final Instant T = Instant.parse("2024-05-02T10:00:00Z");
    private static final String STORY = "Gunmen opened fire on a police checkpoint on a highway late on Wednesday, "
            + "killing six officers and wounding four others, a police spokesman said. The attackers arrived in "
            + "two pickup trucks and fled after a gun battle that lasted nearly an hour.";

    @Test
    void locatedIncidentsAreKeyedByCountry() {
        Location kirkuk = new Location("Kirkuk", "Kirkuk", "Iraq", "IQ", "Western Asia", "Asia", 35.47, 44.39, Precision.CITY);
        assertThat(sighting("a", STORY, kirkuk).partitionKey()).isEqualTo("IQ");
    }

    @Test
    void unlocatedIncidentsSpreadOverBucketsButACopyKeepsItsBucket() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            keys.add(sighting("s" + i, words(i), null).partitionKey());
        }
        assertThat(keys).hasSizeGreaterThan(Sighting.UNLOCATED_BUCKETS / 2).allMatch(k -> k.startsWith("??"));

        String copy = STORY.replace("nearly an hour", "almost an hour").replace("late on", "on");
        assertThat(sighting("copy", copy, null).partitionKey()).isEqualTo(sighting("wire", STORY, null).partitionKey());
    }

    private static String words(int seed) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < 30; w++) {
            out.append("w").append(Integer.toString(seed * 1000 + w, 36)).append(' ');
        }
        return out.toString();
    }

    private static Sighting sighting(String id, String body, Location place) {
        Article article = new Article(id, null, "Example Wire", null, body, T, "en");
        Classification c = new Classification(id, true, Category.ARMED_ASSAULT, Severity.HIGH, 0.9, place,
                new Casualties(6, 4), List.of());
        return Sighting.of(article, c, T);
    }
}
