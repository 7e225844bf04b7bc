package io.incidentalerts.cli;

import io.incidentalerts.IncidentService;
import io.incidentalerts.alert.ArticleOutcome;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.config.AppConfig;
import io.incidentalerts.feeds.FeedArticles;
import io.incidentalerts.feeds.FeedSourceConfig;
import io.incidentalerts.ingest.FeedWorker;
import io.incidentalerts.ingest.SampleFeedServer;
import io.incidentalerts.kafka.AlertWatcher;
import io.incidentalerts.kafka.ArticlePublisher;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs the service on an in-process broker, replays the bundled sample articles and "
                + "prints each alert as it arrives on the alert topic."})
final class DemoCommand implements Callable<Integer> {

    static final String SAMPLES = "/samples/articles.jsonl";

    @Option(names = "--exit-after-replay", description = "Stop once every alert of the replay is out")
    boolean exitAfterReplay;

    @Option(names = "--feeds", description = "Instead of replaying the sample articles, serve the bundled sample "
            + "RSS and Atom feeds on a local HTTP server and ingest them with the feed connector in a Connect worker")
    boolean feeds;

    @Option(names = "--timeout", description = "With --exit-after-replay: give up after this many seconds "
            + "(default: ${DEFAULT-VALUE})")
    int timeoutSeconds = 120;

    @Mixin
    ConfigOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        // The demo always uses its own broker, whatever KAFKA_BOOTSTRAP_SERVERS says.
        AppConfig config = options.load(Map.of("kafka.bootstrap.servers", ""));
        SampleFeedServer feedServer = feeds ? SampleFeedServer.start() : null;
        List<byte[]> samples = feeds ? feedArticles(feedServer) : samples();
        IncidentClassifier classifier = IncidentClassifier.load(config.perpetratorsInKilled());
        long expected = samples.stream()
                .filter(s -> ArticleOutcome.of(s, config.maxArticleBytes(), classifier, Clock.systemUTC())
                        instanceof ArticleOutcome.Alerted)
                .count();
        try (IncidentService service = IncidentService.start(config, classifier, Clock.systemUTC())) {
            Runtime.getRuntime().addShutdownHook(new Thread(service::close, "shutdown"));
            Map<String, Object> client = IncidentService.adminProperties(service.config());
            out.println("Kafka (in-process): " + service.config().bootstrapServers().orElseThrow());
            out.println("Console: " + service.httpAddress() + "/   (the map, the list and each incident's evidence)");
            out.println("Metrics: " + service.httpAddress() + "/metrics   Health: " + service.httpAddress()
                    + "/health/ready");
            out.flush();
            try (AlertWatcher watcher = new AlertWatcher(client, service.config().topics().alerts(), alert -> {
                out.println(AlertLine.of(alert));
                out.flush();
            }); AutoCloseable input = feeds ? ingest(feedServer, client, service.config(), out)
                    : replay(samples, client, service.config())) {
                out.println((feeds ? "Ingesting " + samples.size() + " items of " + feedServer.urls().size() + " sample feeds"
                        : "Replayed " + samples.size() + " sample articles") + "; expecting " + expected + " alerts.");
                out.flush();
                if (!exitAfterReplay) {
                    return service.awaitTermination() ? 1 : 0;
                }
                Instant deadline = Instant.now().plus(Duration.ofSeconds(timeoutSeconds));
                while (watcher.seen() < expected && Instant.now().isBefore(deadline)) {
                    if (service.awaitTermination(100, TimeUnit.MILLISECONDS)) {
                        break;
                    }
                }
                boolean complete = watcher.seen() >= expected;
                out.println(complete ? "Replay done: " + watcher.seen() + " alerts."
                        : "Replay incomplete: " + watcher.seen() + " of " + expected + " alerts.");
                out.flush();
                return complete ? 0 : 1;
            }
        }
    }

    private static AutoCloseable replay(List<byte[]> samples, Map<String, Object> client, AppConfig config)
            throws Exception {
        ArticlePublisher publisher = new ArticlePublisher(client, config.topics().input());
        publisher.publishAll(samples);
        return publisher;
    }

    /** A Connect worker polling the sample feeds; closing it closes the feed server too. */
    private static AutoCloseable ingest(SampleFeedServer server, Map<String, Object> client, AppConfig config,
                                        PrintWriter out) throws Exception {
        Path offsets = Files.createTempDirectory("incident-alerts-demo-feeds");
        FeedWorker worker = FeedWorker.start(client, offsets, Map.of(
                FeedSourceConfig.FEED_URLS, String.join(",", server.urls()),
                FeedSourceConfig.TOPIC, config.topics().input()), 0, Duration.ofSeconds(60));
        out.println("Feeds: " + String.join("  ", server.urls()) + "   Connect worker: " + worker.restUrl());
        return () -> {
            worker.close();
            server.close();
        };
    }

    private static List<byte[]> feedArticles(SampleFeedServer server) {
        List<byte[]> articles = new ArrayList<>();
        server.urls().forEach(url -> articles.addAll(FeedArticles.of(server.body(url), url, null)));
        return articles;
    }

    static List<byte[]> samples() throws java.io.IOException {
        List<byte[]> lines = new ArrayList<>();
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES)) {
            if (in == null) {
                throw new IllegalStateException("sample articles missing from the classpath: " + SAMPLES);
            }
            JsonLines.forEach(in, lines::add);
        }
        return lines;
    }
}
