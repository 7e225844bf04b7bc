package io.incidentalerts.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import io.incidentalerts.alert.ArticleOutcome;
import io.incidentalerts.classifier.IncidentClassifier;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the connector publishes is the article JSON the service reads; the bundled feeds hold three incidents. */
class FeedArticlesSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SAMPLES = List.of("world-wire.rss", "city-desk.atom", "regional.rdf");

    @Test
    void everySampleItemMatchesArticleSchema() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("classpath:schema/article.schema.json"));
        List<byte[]> articles = samples();
        assertThat(articles).hasSize(6);
        for (byte[] article : articles) {
            JsonNode node = JSON.readTree(article);
            assertThat(schema.validate(node)).as(node.toString()).isEmpty();
        }
    }

    @Test
    void theBundledFeedsHoldThreeIncidents() throws Exception {
        IncidentClassifier classifier = IncidentClassifier.loadDefault();
        long alerts = samples().stream()
                .filter(a -> ArticleOutcome.of(a, 1 << 20, classifier, Clock.systemUTC()) instanceof ArticleOutcome.Alerted)
                .count();
        assertThat(alerts).isEqualTo(3);
    }

    private List<byte[]> samples() throws Exception {
        List<byte[]> all = new ArrayList<>();
        for (String name : SAMPLES) {
            try (InputStream in = getClass().getResourceAsStream("/feeds/samples/" + name)) {
                all.addAll(FeedArticles.of(in.readAllBytes(), "http://localhost/" + name, null));
            }
        }
        return all;
    }
}
