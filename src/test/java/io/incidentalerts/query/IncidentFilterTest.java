package io.incidentalerts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.incidentalerts.classifier.Casualties;
import io.incidentalerts.classifier.Category;
import io.incidentalerts.classifier.Location;
import io.incidentalerts.classifier.Precision;
import io.incidentalerts.classifier.Severity;
import io.incidentalerts.http.HttpApi;
import io.incidentalerts.identity.IncidentState;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentFilterTest {

    private static final IncidentState KIRKUK = new IncidentState("inc-1", 2, Category.BOMBING, Severity.CRITICAL, 0.9,
            new Location("Kirkuk", null, "Iraq", "IQ", "Western Asia", "Asia", 35.5, 44.4, Precision.CITY),
            new Casualties(19, 41), Instant.parse("2024-03-12T08:40:00Z"), Instant.parse("2024-03-13T07:30:00Z"),
            Instant.parse("2024-03-13T07:31:00Z"), List.of("Example Wire"), false, 2, List.of("a", "b"), List.of());

    @Test
    void everyParameterNarrowsTheList() {
        assertThat(IncidentFilter.parse(null).matches(KIRKUK)).isTrue();
        assertThat(IncidentFilter.parse("region=western%20asia").matches(KIRKUK)).isTrue();
        assertThat(IncidentFilter.parse("region=Central+Asia").matches(KIRKUK)).isFalse();
        assertThat(IncidentFilter.parse("region=western-asia").matches(KIRKUK)).as("the slug of the topic names").isTrue();
        assertThat(IncidentFilter.parse("country=iq").matches(KIRKUK)).isTrue();
        assertThat(IncidentFilter.parse("country=Iraq").matches(KIRKUK)).isTrue();
        assertThat(IncidentFilter.parse("country=NG").matches(KIRKUK)).isFalse();
        assertThat(IncidentFilter.parse("country=Iraqi").matches(KIRKUK)).as("a demonym").isTrue();
        assertThat(IncidentFilter.parse("country=%20iraq%20").country()).isEqualTo("IQ");
        assertThat(IncidentFilter.parse("minSeverity=high").matches(KIRKUK)).isTrue();
        assertThat(IncidentFilter.parse("since=2024-03-13T00:00:00Z").matches(KIRKUK)).isTrue();
        assertThat(IncidentFilter.parse("since=2024-03-14T00:00:00Z").matches(KIRKUK)).isFalse();
        assertThat(IncidentFilter.parse("limit=5").limit()).isEqualTo(5);
        assertThat(IncidentFilter.parse("").limit()).isEqualTo(IncidentFilter.DEFAULT_LIMIT);
    }

    @Test
    void badParametersAreRefusedWithAReason() {
        assertThatThrownBy(() -> IncidentFilter.parse("minSeverity=HUGE")).hasMessageContaining("minSeverity");
        assertThatThrownBy(() -> IncidentFilter.parse("since=yesterday")).hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> IncidentFilter.parse("limit=0")).hasMessageContaining("limit");
        assertThatThrownBy(() -> IncidentFilter.parse("colour=red")).hasMessageContaining("unknown parameter");
        assertThatThrownBy(() -> IncidentFilter.parse("region=Mars")).hasMessageContaining("UN M49 sub-region");
        assertThatThrownBy(() -> IncidentFilter.parse("country=Atlantis")).hasMessageContaining("country")
                .hasMessageContaining("Atlantis");
        assertThatThrownBy(() -> IncidentFilter.parse("country=XX")).hasMessageContaining("ISO 3166");
    }

    @Test
    void beforeKafkaStreamsRunsTheApiAnswers503AndBadInput400() {
        IncidentQueries queries = new IncidentQueries(() -> null, () -> null, java.util.Optional.empty());
        HttpApi.Reply notYet = queries.answer(URI.create("http://x/api/incidents/inc-1"));
        assertThat(notYet.status()).isEqualTo(503);
        assertThat(notYet.body()).contains("not queryable");
        assertThat(queries.answer(URI.create("http://x/api/incidents?minSeverity=HUGE")).status()).isEqualTo(400);
        assertThat(queries.answer(URI.create("http://x/api/incidents?region=Mars")).status()).isEqualTo(400);
        assertThat(queries.answer(URI.create("http://x/api/incidents?country=Atlantis")).status()).isEqualTo(400);
    }
}
