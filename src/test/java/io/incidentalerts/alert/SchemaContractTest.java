package io.incidentalerts.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import io.incidentalerts.article.RejectReason;
import io.incidentalerts.identity.AlertType;
import io.incidentalerts.classifier.Casualties;
import io.incidentalerts.classifier.Category;
import io.incidentalerts.classifier.Evidence;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.classifier.Location;
import io.incidentalerts.classifier.Precision;
import io.incidentalerts.classifier.Severity;
import io.incidentalerts.support.ArticleRecords;
import io.incidentalerts.surge.SurgeCodec;
import io.incidentalerts.surge.SurgeData;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON Schema files under schema/ describe what the service really reads and writes. */
class SchemaContractTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private static JsonSchema schema(String name) {
        return FACTORY.getSchema(SchemaLocation.of("classpath:schema/" + name));
    }

    @Test
    void everyBundledSampleIsAValidArticle() throws Exception {
        JsonSchema article = schema("article.schema.json");
        for (byte[] sample : ArticleRecords.samples()) {
            assertThat(article.validate(Json.MAPPER.readTree(sample))).isEmpty();
        }
        assertThat(article.validate(Json.MAPPER.readTree("{\"title\":\"no id\"}"))).isNotEmpty();
        assertThat(article.validate(Json.MAPPER.readTree("{\"id\":\"x\",\"title\":\" \"}"))).isNotEmpty();
    }

    @Test
    void encodedAlertsMatchTheEventSchema() throws Exception {
        AlertData full = new AlertData("inc-0123456789abcdef0123", "a1", "https://x", "Title", Category.BOMBING,
                Severity.CRITICAL, 0.93,
                new Location("Kabul", "Kabul", "Afghanistan", "AF", "Southern Asia", "Asia", 34.5, 69.2, Precision.CITY),
                new Casualties(12, 40), List.of(new Evidence("killed", "killed 12", 10, 19)),
                Instant.parse("2024-01-01T10:00:00Z"), Instant.parse("2024-01-01T10:01:00Z"), AlertType.UPDATE, 3,
                List.of("casualties", "location"), List.of("Wire A", "Daily B"), true);
        AlertData sparse = new AlertData("inc-0123456789abcdef0124", "a2", null, null, Category.RIOT, Severity.LOW,
                0.4, null, Casualties.NONE, List.of(), null, Instant.parse("2024-01-01T10:01:00Z"), AlertType.NEW, 1,
                List.of(), List.of("unknown"), false);
        JsonSchema event = schema("alert-event.schema.json");
        for (AlertData alert : List.of(full, sparse)) {
            JsonNode encoded = Json.MAPPER.readTree(AlertCodec.encode(alert));
            assertThat(event.validate(encoded)).as(encoded.toString()).isEmpty();
            assertThat(AlertCodec.decode(AlertCodec.encode(alert))).isEqualTo(alert);
        }
    }

    @Test
    void surgeAlertsMatchTheirEventSchema() throws Exception {
        SurgeData surge = new SurgeData(SurgeData.SURGE, "Southern Asia", Category.BOMBING,
                Instant.parse("2024-05-08T00:00:00Z"), Instant.parse("2024-05-09T00:00:00Z"), 6, 1.5, 3.0,
                Instant.parse("2024-05-08T13:00:00Z"));
        JsonNode encoded = Json.MAPPER.readTree(SurgeCodec.encode(surge));
        assertThat(schema("surge-event.schema.json").validate(encoded)).as(encoded.toString()).isEmpty();
        assertThat(SurgeCodec.decode(SurgeCodec.encode(surge))).isEqualTo(surge);
        assertThat(encoded.get("subject").asText()).isEqualTo("Southern Asia/BOMBING");
    }

    @Test
    void alertEventIdsDifferPerVersionAndRepeatOnReplay() {
        AlertData v1 = new AlertData("inc-0123456789abcdef0123", "a1", null, null, Category.RIOT, Severity.LOW, 0.4,
                null, Casualties.NONE, List.of(), null, Instant.EPOCH, AlertType.NEW, 1, List.of(), List.of("W"), false);
        AlertData v2 = new AlertData("inc-0123456789abcdef0123", "a2", null, null, Category.RIOT, Severity.HIGH, 0.4,
                null, new Casualties(3, 0), List.of(), null, Instant.EPOCH, AlertType.UPDATE, 2,
                List.of("casualties", "severity"), List.of("W"), false);
        assertThat(AlertCodec.eventId(v1)).isNotEqualTo(AlertCodec.eventId(v2)).isEqualTo(AlertCodec.eventId(v1));
    }

    @Test
    void classifyOutputForEveryKindOfOutcomeMatchesItsSchema() throws Exception {
        JsonSchema output = schema("classify-output.schema.json");
        IncidentClassifier classifier = IncidentClassifier.loadDefault();
        for (byte[] sample : ArticleRecords.samples()) {
            ArticleOutcome outcome = ArticleOutcome.of(sample, 1 << 20, classifier, Clock.systemUTC());
            JsonNode line = outcome instanceof ArticleOutcome.Alerted a ? Json.MAPPER.valueToTree(a.alert())
                    : Json.MAPPER.createObjectNode().put("articleId", ((ArticleOutcome.NotIncident) outcome).articleId())
                    .put("incident", false);
            assertThat(output.validate(line)).as(line.toString()).isEmpty();
        }
        JsonNode reasons = schema("classify-output.schema.json").getSchemaNode().at("/oneOf/2/properties/deadLetter/enum");
        assertThat(reasons.toString()).contains(Arrays.stream(RejectReason.values()).map(Enum::name).toList());
    }
}
