package io.incidentalerts.cli;

import io.incidentalerts.IncidentService;
import io.incidentalerts.config.AppConfig;
import io.incidentalerts.feeds.FeedMetric;
import io.incidentalerts.feeds.FeedSourceConfig;
import io.incidentalerts.feeds.FeedUrls;
import io.incidentalerts.ingest.FeedWorker;
import io.incidentalerts.ingest.WorkerMetrics;
import io.incidentalerts.kafka.BootstrapCheck;
import io.incidentalerts.kafka.EmbeddedKafka;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Polls RSS and Atom feeds into the input topic with the feed source connector, in a "
                + "standalone Kafka Connect worker in this process. Source offsets stay in the state folder, so a "
                + "second run publishes only items the first did not."})
final class IngestCommand implements Callable<Integer> {

    @Option(names = "--feed", paramLabel = "URL", description = "A feed to poll (repeatable)")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--feeds-file", paramLabel = "FILE", description = "A file of feed URLs, one a line")
    Path feedsFile;

    @Option(names = {"-b", "--bootstrap-servers"},
            description = "Kafka bootstrap servers (default: KAFKA_BOOTSTRAP_SERVERS, else localhost:9092)")
    String bootstrapServers;

    @Option(names = "--embedded", description = "Start an in-process broker with its data in the state folder "
            + "(kept between runs) instead of using a cluster")
    boolean embedded;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Where the worker keeps its source offsets (default: ${DEFAULT-VALUE})")
    Path stateDir = Path.of(System.getProperty("user.home"), ".incident-alerts", "ingest");

    @Option(names = "--once", description = "Fetch every feed once, publish what is new, then stop")
    boolean once;

    @Option(names = "--timeout", description = "With --once: give up after this many seconds (default: ${DEFAULT-VALUE})")
    int timeoutSeconds = 120;

    @Option(names = {"-c", "--connector"}, paramLabel = "KEY=VALUE",
            description = "A feed connector setting (see README, \"Feeds in\"), e.g. -c poll.interval.ms=60000")
    Map<String, String> connector = new LinkedHashMap<>();

    @Option(names = "--rest-port", description = "Port of the worker's Connect REST API; 0 picks a free one "
            + "(default: ${DEFAULT-VALUE})")
    int restPort;

    @Mixin
    ConfigOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (feeds.isEmpty() && feedsFile == null) {
            throw new IllegalArgumentException("no feed: give --feed URL or --feeds-file FILE");
        }
        AppConfig config = options.load(Map.of());
        EmbeddedKafka broker = null;
        try {
            if (embedded) {
                broker = EmbeddedKafka.start(0, stateDir.resolve("kafka"), Map.of(), Map.of());
                config = config.withBootstrapServers(broker.bootstrapServers());
                out.println("Kafka (in-process): " + broker.bootstrapServers());
            } else {
                config = config.withBootstrapServers(bootstrapServers != null ? bootstrapServers
                        : config.bootstrapServers().orElse("localhost:9092"));
            }
            Map<String, Object> client = new HashMap<>(IncidentService.adminProperties(config));
            BootstrapCheck.await(client, config.bootstrapTimeout(),
                    " (-b, KAFKA_BOOTSTRAP_SERVERS or kafka.bootstrap.servers names the cluster; --embedded starts one)");
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put(FeedSourceConfig.TOPIC, config.topics().input());
            settings.putAll(connector);
            if (!feeds.isEmpty()) {
                settings.put(FeedSourceConfig.FEED_URLS, String.join(",", feeds));
            }
            if (feedsFile != null) {
                settings.put(FeedSourceConfig.FEED_FILE, feedsFile.toAbsolutePath().toString());
            }
            List<String> all = new FeedSourceConfig(settings).feeds();
            try (FeedWorker worker = FeedWorker.start(client, stateDir, settings, restPort, Duration.ofSeconds(60))) {
                out.println("Connect worker " + worker.restUrl() + " polls " + all.size() + " feeds into "
                        + settings.get(FeedSourceConfig.TOPIC) + " on " + config.bootstrapServers().orElseThrow()
                        + " (offsets in " + stateDir + ")");
                out.flush();
                if (!once) {
                    CountDownLatch stop = new CountDownLatch(1);
                    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "ingest-shutdown"));
                    stop.await();
                    return 0;
                }
                boolean done = awaitOneRound(all, worker, Instant.now().plusSeconds(timeoutSeconds));
                summary(all, out);
                if (!done) {
                    out.println("Stopped before every feed was read once (" + timeoutSeconds + " s; "
                            + String.join("; ", worker.taskStates()) + ")");
                }
                out.flush();
                return done ? 0 : 1;
            }
        } finally {
            if (broker != null) {
                broker.close();
            }
        }
    }

    /** Until every feed has been fetched once and every record the task made is acknowledged by Kafka. */
    private static boolean awaitOneRound(List<String> feeds, FeedWorker worker, Instant deadline)
            throws InterruptedException {
        while (Instant.now().isBefore(deadline)) {
            boolean fetched = feeds.stream()
                    .allMatch(f -> WorkerMetrics.feed(FeedUrls.redact(f), FeedMetric.FETCHES.metric()) >= 1);
            long made = feeds.stream()
                    .mapToLong(f -> Math.max(0, WorkerMetrics.feed(FeedUrls.redact(f), FeedMetric.ITEMS_NEW.metric())))
                    .sum();
            String name = FeedWorker.CONNECTOR_NAME;
            if (fetched && WorkerMetrics.task(name, "source-record-write-total") >= made
                    && WorkerMetrics.task(name, "source-record-active-count") == 0) {
                return true;
            }
            Thread.sleep(100); // a poll of JMX, not a wait for an event that could be listened to
        }
        return false;
    }

    private static void summary(List<String> feeds, PrintWriter out) {
        long total = 0;
        for (String f : feeds) {
            String feed = FeedUrls.redact(f);
            long fresh = Math.max(0, WorkerMetrics.feed(feed, FeedMetric.ITEMS_NEW.metric()));
            total += fresh;
            out.printf("%s: %d new, %d seen before, %d not modified, %d fetch errors, %d parse errors%n", feed, fresh,
                    Math.max(0, WorkerMetrics.feed(feed, FeedMetric.ITEMS_REPEATED.metric())),
                    Math.max(0, WorkerMetrics.feed(feed, FeedMetric.NOT_MODIFIED.metric())),
                    Math.max(0, WorkerMetrics.feed(feed, FeedMetric.FETCH_ERRORS.metric())),
                    Math.max(0, WorkerMetrics.feed(feed, FeedMetric.PARSE_ERRORS.metric())));
        }
        out.println("Published " + total + (total == 1 ? " new article." : " new articles."));
    }
}
