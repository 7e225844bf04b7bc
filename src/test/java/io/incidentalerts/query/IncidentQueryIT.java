package io.incidentalerts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentalerts.IncidentService;
import io.incidentalerts.alert.AlertCodec;
import io.incidentalerts.alert.ArticleOutcome;
import io.incidentalerts.alert.Json;
import io.incidentalerts.classifier.Category;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.kafka.ArticlePublisher;
import io.incidentalerts.support.ArticleRecords;
import io.incidentalerts.support.KafkaPerClass;
import io.incidentalerts.support.ServiceConfigs;
import io.incidentalerts.support.Stories;
import io.incidentalerts.support.TopicReader;
import io.incidentalerts.surge.RegionStats;
import io.incidentalerts.surge.SurgeCodec;
import io.incidentalerts.surge.SurgeData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Two instances share the incidents; either answers for all of them through interactive queries. */
class IncidentQueryIT {

    private static final String TOKEN = "query-it-token";

    private static final IncidentClassifier CLASSIFIER = IncidentClassifier.loadDefault();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @RegisterExtension
    static final KafkaPerClass kafka = new KafkaPerClass();

    @TempDir
    Path dir;


    @Test
    void eitherInstanceAnswersForEveryIncident() throws Exception {
        String prefix = "query-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        List<byte[]> records = new ArrayList<>(Stories.kirkuk().values());
        records.addAll(Stories.zamfara().values());
        records.addAll(ArticleRecords.samples());
        int sampleIncidents = (int) ArticleRecords.samples().stream()
                .filter(s -> ArticleOutcome.of(s, 1 << 20, CLASSIFIER, Clock.systemUTC()) instanceof ArticleOutcome.Alerted)
                .count();
        // Three incidents in the stories; sample-002 is one more outlet's report of the Kirkuk bombing.
        int incidents = 3 + sampleIncidents - 1;

        try (IncidentService a = start(prefix, "a"); IncidentService b = start(prefix, "b")) {
            await().atMost(Duration.ofSeconds(90)).until(() -> running(a) && running(b)
                    && a.activeTaskCount() > 0 && b.activeTaskCount() > 0);
            try (ArticlePublisher p = new ArticlePublisher(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                    prefix + "articles")) {
                p.publishAll(records);
            }

            for (IncidentService s : List.of(a, b)) {
                await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                        assertThat(get(s, "/api/incidents").get("count").asInt()).isEqualTo(incidents));
            }
            Set<String> fromA = ids(get(a, "/api/incidents"));
            assertThat(ids(get(b, "/api/incidents"))).isEqualTo(fromA).hasSize(incidents);
            int localA = get(a, "/api/incidents?local=true").get("count").asInt();
            int localB = get(b, "/api/incidents?local=true").get("count").asInt();
            assertThat(localA + localB).as("each incident lives on one instance").isEqualTo(incidents);
            assertThat(localA).as("both instances host some incidents, so merging is needed").isPositive();
            assertThat(localB).isPositive();

            JsonNode kirkuk = get(a, "/api/incidents?country=IQ&minSeverity=CRITICAL");
            assertThat(kirkuk.get("count").asInt()).isEqualTo(1);
            String bombingId = kirkuk.get("incidents").get(0).get("incidentId").asText();
            for (IncidentService s : List.of(a, b)) {
                JsonNode incident = get(s, "/api/incidents/" + bombingId);
                assertThat(incident.get("version").asInt()).isEqualTo(2);
                assertThat(incident.get("casualties").get("killed").asInt()).isEqualTo(19);
                assertThat(incident.get("corroborated").asBoolean()).isTrue();
                assertThat(incident.get("versions")).hasSize(2);
                assertThat(incident.get("versions").get(1).get("changedFields").toString()).contains("casualties");
            }
            assertThat(get(b, "/api/incidents?region=western%20africa").get("count").asInt())
                    .as("the Zamfara village abduction and, weeks apart, the highway one (sample-003)").isEqualTo(2);
            assertThat(get(b, "/api/incidents?since=2030-01-01T00:00:00Z").get("count").asInt()).isZero();
            assertThat(streamedIncidents(b)).as("one instance streams the alerts of both").isEqualTo(fromA);
            assertThat(status(a, "/api/incidents/inc-00000000000000000000")).isEqualTo(404);
            assertThat(status(b, "/api/incidents/inc-00000000000000000000")).isEqualTo(404);
            assertThat(status(a, "/api/incidents?minSeverity=HUGE")).isEqualTo(400);

            // Every located new incident is counted in a 1 h and a 24 h window; with surge.min.count=1 and
            // no history, each region and category's first incident is a surge.
            try (TopicReader stats = new TopicReader(kafka.bootstrapServers(), prefix + "stats");
                 TopicReader surges = new TopicReader(kafka.bootstrapServers(), prefix + "surges")) {
                List<RegionStats> counted = stats.readUntil(r -> r.size() >= 2 * 3, Duration.ofSeconds(60)).stream()
                        .map(r -> parse(r.value(), RegionStats.class)).toList();
                assertThat(counted).anySatisfy(c -> {
                    assertThat(c.region()).isEqualTo("Western Asia");
                    assertThat(c.category()).isEqualTo(Category.BOMBING);
                    assertThat(c.window()).isEqualTo(RegionStats.DAY);
                    assertThat(c.windowStart()).isEqualTo(Instant.parse("2024-03-12T00:00:00Z"));
                });
                List<SurgeData> raised = surges.readUntil(r -> !r.isEmpty(), Duration.ofSeconds(60)).stream()
                        .map(r -> SurgeCodec.decode(r.value())).toList();
                assertThat(raised).allSatisfy(surge -> assertThat(surge.count()).isEqualTo(1));
            }
        }
    }

    /** The incidents of the alerts on the live stream of {@code s}, read from the start of the topics. */
    private static Set<String> streamedIncidents(IncidentService s) throws Exception {
        HttpResponse<Stream<String>> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.httpAddress()
                        + "/api/incidents/stream")).header("Authorization", "Bearer " + TOKEN)
                .header("Last-Event-ID", "a0,0,0;s0,0,0").build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(r.statusCode()).isEqualTo(200);
        Set<String> incidents = new HashSet<>();
        Set<String> expected = ids(get(s, "/api/incidents"));
        try (Stream<String> lines = r.body()) {
            Iterator<String> it = lines.iterator();
            while (!incidents.equals(expected) && it.hasNext()) {
                String line = it.next();
                if (line.startsWith("data: {\"specversion\"")) {
                    JsonNode event = Json.MAPPER.readTree(line.substring("data: ".length()));
                    if (event.get("type").asText().equals(AlertCodec.EVENT_TYPE)) {
                        incidents.add(event.get("subject").asText());
                    }
                }
            }
        }
        return incidents;
    }

    private IncidentService start(String prefix, String name) {
        return IncidentService.start(ServiceConfigs.isolated(kafka.bootstrapServers(), prefix, dir.resolve(name),
                Map.of("http.advertised.host", "localhost", "surge.min.count", "1", "http.api.token", TOKEN)),
                CLASSIFIER, Clock.systemUTC());
    }

    private static boolean running(IncidentService s) {
        return s.state() == KafkaStreams.State.RUNNING;
    }

    private static <T> T parse(byte[] json, Class<T> type) {
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> ids(JsonNode list) {
        Set<String> ids = new HashSet<>();
        list.get("incidents").forEach(i -> ids.add(i.get("incidentId").asText()));
        return ids;
    }

    private static JsonNode get(IncidentService s, String path) throws Exception {
        HttpResponse<String> r = send(s, path);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return Json.MAPPER.readTree(r.body());
    }

    private static int status(IncidentService s, String path) throws Exception {
        return send(s, path).statusCode();
    }

    private static HttpResponse<String> send(IncidentService s, String path) throws Exception {
        URI uri = URI.create(s.httpAddress() + path);
        // The API is behind a bearer token here, so forwarding between instances must pass it on.
        return HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
