package io.incidentalerts.bench;

import io.incidentalerts.IncidentService;
import io.incidentalerts.alert.ArticleOutcome;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.config.AppConfig;
import io.incidentalerts.kafka.EmbeddedKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The end-to-end benchmark: the service on a real broker (the configured cluster, else an in-process
 * one), then the pass-through ceiling on the same broker with the same partitions, threads and
 * instances, each fed the same articles. Every run uses fresh topics and application ids.
 */
public final class EndToEndBench {

    private final Function<Map<String, String>, AppConfig> configs;
    private final BenchOptions options;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private final List<Path> stateDirs = new ArrayList<>();

    /** @param configs loads the service configuration with the given settings on top */
    public EndToEndBench(Function<Map<String, String>, AppConfig> configs, BenchOptions options) {
        this.configs = configs;
        this.options = options;
    }

    public BenchReport run() throws Exception {
        AppConfig base = configs.apply(Map.of());
        EmbeddedKafka embedded = base.bootstrapServers().isPresent() ? null : EmbeddedKafka.start(0, null);
        String bootstrap = embedded == null ? base.bootstrapServers().orElseThrow() : embedded.bootstrapServers();
        try {
            IncidentClassifier classifier = IncidentClassifier.loadDefault();
            BenchArticles corpus = BenchArticles.load();
            List<byte[]> warmup = corpus.records(options.warmup(), "bench-" + runId + "-warmup-");
            List<byte[]> records = corpus.records(options.articles(), "bench-" + runId + "-");

            List<AppConfig> service = instanceConfigs(bootstrap, "incident-alerts-bench-" + runId, "bench-" + runId + ".");
            Trial.Result incidents;
            try (IncidentTarget target = IncidentTarget.start(service, classifier)) {
                int maxBytes = service.get(0).maxArticleBytes();
                incidents = Trial.run(target, IncidentService.adminProperties(service.get(0)), new Trial.Plan(
                        warmup, alerts(warmup, maxBytes, classifier), records, alerts(records, maxBytes, classifier),
                        options.perSecond(), options.timeout()));
            }

            List<AppConfig> copy = instanceConfigs(bootstrap, "incident-alerts-bench-passthrough-" + runId,
                    "bench-" + runId + ".passthrough.");
            Trial.Result passThrough;
            try (PassThroughTarget target = PassThroughTarget.start(copy, "bench-" + runId + ".passthrough.out")) {
                passThrough = Trial.run(target, IncidentService.adminProperties(copy.get(0)), new Trial.Plan(
                        warmup, warmup.size(), records, records.size(), options.perSecond(), options.timeout()));
            }
            return new BenchReport(incidents, passThrough, options);
        } finally {
            if (embedded != null) {
                embedded.close();
            }
            stateDirs.forEach(EndToEndBench::deleteQuietly);
        }
    }

    /** One configuration per instance: shared application id and topics, own state folder, any free HTTP port. */
    private List<AppConfig> instanceConfigs(String bootstrap, String applicationId, String topicPrefix)
            throws IOException {
        List<AppConfig> out = new ArrayList<>();
        for (int i = 0; i < options.instances(); i++) {
            Path stateDir = Files.createTempDirectory("incident-alerts-bench-state");
            stateDirs.add(stateDir);
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("kafka.bootstrap.servers", bootstrap);
            settings.put("application.id", applicationId);
            settings.put("state.dir", stateDir.toString());
            settings.put("http.port", "0");
            settings.put("stream.threads", Integer.toString(options.threads()));
            settings.put("topics.partitions", Integer.toString(options.partitions()));
            settings.put("topic.input", topicPrefix + "articles");
            settings.put("topic.alerts", topicPrefix + "alerts");
            settings.put("topic.region.prefix", topicPrefix + "alerts.");
            settings.put("topic.critical", topicPrefix + "alerts.critical");
            settings.put("topic.dead.letter", topicPrefix + "articles.dlq");
            out.add(configs.apply(settings));
        }
        return out;
    }

    /** Alerts the service must raise for these records, worked out offline by the same code. */
    private static int alerts(List<byte[]> records, int maxBytes, IncidentClassifier classifier) {
        return (int) records.stream()
                .filter(r -> ArticleOutcome.of(r, maxBytes, classifier, Clock.systemUTC()) instanceof ArticleOutcome.Alerted)
                .count();
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temp folder left behind is harmless
        }
    }
}
