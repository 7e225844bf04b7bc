package io.incidentalerts.ops;

import io.incidentalerts.alert.AlertData;
import io.incidentalerts.identity.AlertType;
import io.incidentalerts.classifier.Casualties;
import io.incidentalerts.classifier.Category;
import io.incidentalerts.classifier.Severity;
import io.incidentalerts.metrics.AlertLog;
import java.time.Instant;
import java.util.List;

/** Logs one alert through the production logging setup; LogFormatTest runs it in a fresh JVM. */
public final class AlertLogProbe {

    private AlertLogProbe() {
    }

    public static void main(String[] args) {
        new AlertLog().alerted(new AlertData("inc-42", "art-7", "https://example.org/secret-url", "Secret title",
                Category.BOMBING, Severity.CRITICAL, 0.8, null, new Casualties(3, 5), List.of(),
                Instant.EPOCH, Instant.EPOCH, AlertType.NEW, 1, List.of(), List.of("Wire"), false), 0);
        org.slf4j.LoggerFactory.getLogger("org.apache.kafka.Chatty").info("kafka info is hidden");
    }
}
