package io.incidentalerts.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentalerts.IncidentService;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.config.ConfigLoader;
import io.incidentalerts.kafka.ArticlePublisher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * One running service on the in-process broker, fed a few articles (incidents, non-incidents and one
 * record that is not JSON); then its scrape is checked against the kit and a real Prometheus reads it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringKitIT {

    private static final Pattern SAMPLE_NAME = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)", Pattern.MULTILINE);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path tmp;

    private IncidentService service;

    @BeforeAll
    void startServiceAndFeedIt() throws Exception {
        service = IncidentService.start(ConfigLoader.load(null, Map.of(), Map.of(
                        "embedded.port", "0", "http.port", "0", "http.bind", "127.0.0.1",
                        "state.dir", tmp.resolve("state").toString(), "topics.partitions", "1")),
                IncidentClassifier.loadDefault(), Clock.systemUTC());
        await().atMost(Duration.ofSeconds(90)).until(() -> service.state() == KafkaStreams.State.RUNNING);
        try (ArticlePublisher publisher = new ArticlePublisher(
                IncidentService.adminProperties(service.config()), service.config().topics().input())) {
            publisher.publishAll(List.of(
                    article("it-1", "Gunmen attack police station", "Two officers were killed in the attack."),
                    article("it-2", "Bombers attack a market", "An attack on the market injured ten people."),
                    article("it-3", "Local bakery wins award", "The bakery was praised for its bread."),
                    "this is not json".getBytes(StandardCharsets.UTF_8)));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(scrape())
                .contains("incident_alerts_articles_total{outcome=\"incident\"} 2.0")
                .contains("incident_alerts_articles_total{outcome=\"not_incident\"} 1.0")
                .contains("incident_alerts_dead_letters_total{reason=\"NOT_JSON\"} 1.0"));
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    private static byte[] article(String id, String title, String body) {
        return ("{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"body\":\"" + body
                + "\",\"publishedAt\":\"2026-01-01T00:00:00Z\"}").getBytes(StandardCharsets.UTF_8);
    }

    private String scrape() throws Exception {
        return get("/metrics").body();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(service.httpAddress().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Set<String> scrapedNames() throws Exception {
        Set<String> names = new TreeSet<>();
        Matcher m = SAMPLE_NAME.matcher(scrape());
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void scrapeHasDomainStreamsClientAndJvmMetrics() throws Exception {
        // the GC pause timer appears with the first collection, which a short run may not have had yet
        System.gc();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(scrapedNames()).contains(
                "jvm_gc_pause_seconds_count"));
        assertThat(scrapedNames()).contains(
                "incident_alerts_alerts_total", "incident_alerts_alerts_by_severity_total",
                "incident_alerts_classification_seconds_bucket", "incident_alerts_record_to_alert_delay_seconds_bucket",
                "incident_alerts_publish_to_alert_delay_seconds_bucket", "incident_alerts_ready",
                "incident_alerts_streams_state",
                "kafka_consumer_fetch_manager_records_lag_max", "kafka_stream_thread_process_rate",
                "kafka_producer_record_send_total", "kafka_stream_client_state",
                "jvm_memory_used_bytes", "jvm_gc_pause_seconds_count", "process_cpu_usage", "process_uptime_seconds");
        assertThat(scrape())
                .contains("incident_alerts_ready 1.0")
                .contains("incident_alerts_streams_state{state=\"RUNNING\"} 1.0")
                .contains("incident_alerts_alerts_by_severity_total{severity=\"CRITICAL\"} 0.0");
    }

    @Test
    void readinessAndLivenessAreUpWhileRunning() throws Exception {
        assertThat(get("/health/ready").statusCode()).isEqualTo(200);
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
        assertThat(get("/api/topology").body()).contains("classify");
    }

    @Test
    void everyMetricTheDashboardQueriesExists() throws Exception {
        Set<String> scraped = scrapedNames();
        for (String query : Kit.dashboardQueries()) {
            assertThat(scraped).as(query).containsAll(PromQl.metricNames(query));
        }
    }

    @Test
    void everyMetricTheRulesQueryExists() throws Exception {
        Set<String> scraped = scrapedNames();
        for (String query : Kit.ruleQueries()) {
            Set<String> names = new TreeSet<>(PromQl.metricNames(query));
            names.remove("up"); // made by Prometheus, not by the service
            assertThat(scraped).as(query).containsAll(names);
        }
    }

    @Test
    void realPrometheusScrapesTheServiceAndAnswersTheKitsQueries() throws Exception {
        Path binary = Binaries.require("prometheus");
        URI address = service.httpAddress();
        try (PrometheusProcess prometheus = PrometheusProcess.start(binary,
                address.getHost() + ":" + address.getPort(), Kit.RULES, tmp)) {
            // Prometheus needs a moment to open its port: refused connections are retried, not failures.
            await().atMost(Duration.ofSeconds(60)).ignoreExceptionsInstanceOf(java.io.IOException.class).untilAsserted(() -> {
                JsonNode result = prometheus.query("incident_alerts_articles_total{outcome=\"incident\"}").path("result");
                assertThat(result).hasSize(1);
                assertThat(result.get(0).path("metric").path("job").asText()).isEqualTo("incident-alerts");
                assertThat(result.get(0).path("value").get(1).asText()).isEqualTo("2");
            });
            assertThat(prometheus.query("up{job=\"incident-alerts\"}").path("result").get(0)
                    .path("value").get(1).asText()).isEqualTo("1");
            for (String query : Kit.dashboardQueries()) {
                assertThat(prometheus.query(query).path("resultType").asText()).as(query).isEqualTo("vector");
            }
            JsonNode groups = prometheus.api("/api/v1/rules").path("groups");
            assertThat(groups).hasSize(1);
            assertThat(groups.get(0).path("rules")).hasSize(7)
                    .allSatisfy(rule -> assertThat(rule.path("health").asText()).isNotEqualTo("err"));
        }
    }
}
