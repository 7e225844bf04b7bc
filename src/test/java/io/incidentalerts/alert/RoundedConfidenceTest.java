package io.incidentalerts.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.classifier.Casualties;
import io.incidentalerts.classifier.Category;
import io.incidentalerts.classifier.Severity;
import io.incidentalerts.identity.AlertType;
import io.incidentalerts.identity.IncidentState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Outputs print a confidence as people write it; the value behind it is not changed. */
class RoundedConfidenceTest {

    private static final double SUMMED = 0.9500000000000001;

    @Test
    void alertsAndIncidentStatesWriteTheConfidenceRounded() throws Exception {
        AlertData alert = new AlertData("inc-1", "a", null, "t", Category.BOMBING, Severity.HIGH, SUMMED, null,
                new Casualties(1, 0), List.of(), null, Instant.EPOCH, AlertType.NEW, 1, List.of(), List.of(), false);
        assertThat(Json.MAPPER.writeValueAsString(alert)).contains("\"confidence\":0.95,")
                .doesNotContain("0.9500000000000001");
        assertThat(new String(AlertCodec.encode(alert))).contains("\"confidence\":0.95,");
        assertThat(alert.confidence()).isEqualTo(SUMMED);

        IncidentState state = new IncidentState("inc-1", 1, Category.BOMBING, Severity.HIGH, SUMMED, null,
                new Casualties(1, 0), Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, List.of(), false, 1, List.of(),
                List.of());
        assertThat(Json.MAPPER.writeValueAsString(state)).contains("\"confidence\":0.95,");
    }

    @Test
    void roundingKeepsThreeDecimals() {
        assertThat(RoundedConfidence.round(0.12345)).isEqualTo(0.123);
        assertThat(RoundedConfidence.round(1.0)).isEqualTo(1.0);
    }
}
