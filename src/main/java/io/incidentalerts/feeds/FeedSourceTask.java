package io.incidentalerts.feeds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the feeds given to this task. Fetches run concurrently and never on the task thread, so a slow,
 * stalled or huge feed holds up only itself; {@link #poll} hands on whatever fetches have finished.
 */
public final class FeedSourceTask extends SourceTask {

    private static final Logger LOG = LoggerFactory.getLogger(FeedSourceTask.class);
    /** Longest time poll() waits for a fetch to finish, so that stop() is seen soon. */
    private static final Duration MAX_WAIT = Duration.ofMillis(500);

    private record Done(FeedState feed, FetchResult result) {
    }

    private final Clock clock = Clock.systemUTC();
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final LinkedBlockingQueue<Done> done = new LinkedBlockingQueue<>();
    private final Map<String, FeedState> feeds = new LinkedHashMap<>();
    private final Map<String, FeedMetrics> metrics = new LinkedHashMap<>();
    private FeedSourceConfig config;
    private FeedFetcher fetcher;
    private Backoff backoff;
    private volatile boolean stopping;

    @Override
    public String version() {
        return FeedSourceConnector.VERSION;
    }

    @Override
    public void start(Map<String, String> props) {
        config = new FeedSourceConfig(props);
        fetcher = new FeedFetcher(config.requestTimeout(), config.maxFeedBytes(), config.userAgent());
        backoff = new Backoff(config.backoffInitial(), config.backoffMax());
        PluginMetrics plugin = pluginMetrics();
        for (String url : config.taskFeeds()) {
            FeedState state = new FeedState(url, config.seenMax());
            feeds.put(url, state);
            metrics.put(url, new FeedMetrics(plugin, state.redacted));
        }
        List<Map<String, String>> partitions = feeds.values().stream().map(FeedState::partition).toList();
        Map<Map<String, String>, Map<String, Object>> offsets = context.offsetStorageReader().offsets(partitions);
        for (FeedState state : feeds.values()) {
            state.restore(offsets.get(state.partition()));
        }
        LOG.info("Feed task polls {} feeds every {}", feeds.size(), config.pollInterval());
    }

    /** The worker's plugin metrics (Kafka 4.1+, KIP-877); an older worker has none, and the task runs without. */
    private PluginMetrics pluginMetrics() {
        try {
            return context.pluginMetrics();
        } catch (NoSuchMethodError | AbstractMethodError | UnsupportedOperationException e) {
            LOG.info("This Connect worker offers no plugin metrics; the per-feed metrics are not exported");
            return null;
        }
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        Instant now = clock.instant();
        startDueFetches(now);
        Done first = done.poll(waitTime(now).toMillis(), TimeUnit.MILLISECONDS);
        if (first == null) {
            return null;
        }
        List<SourceRecord> records = new ArrayList<>();
        for (Done d = first; d != null; d = done.poll()) {
            records.addAll(handle(d.feed(), d.result(), clock.instant()));
        }
        return records.isEmpty() ? null : records;
    }

    private void startDueFetches(Instant now) {
        if (stopping) {
            return;
        }
        for (FeedState feed : feeds.values()) {
            if (feed.due(now)) {
                feed.started();
                fetcher.fetch(feed.url, feed.etag(), feed.lastModified())
                        .thenAccept(result -> done.add(new Done(feed, result)));
            }
        }
    }

    private Duration waitTime(Instant now) {
        Duration wait = MAX_WAIT;
        for (FeedState feed : feeds.values()) {
            if (!feed.inFlight()) {
                Duration untilDue = Duration.between(now, feed.dueAt());
                if (untilDue.compareTo(wait) < 0) {
                    wait = untilDue.isNegative() ? Duration.ZERO : untilDue;
                }
            }
        }
        return wait;
    }

    private List<SourceRecord> handle(FeedState feed, FetchResult result, Instant now) {
        FeedMetrics m = metrics.get(feed.url);
        try {
            if (result instanceof FetchResult.Fetched f) {
                return read(feed, f, m, now);
            }
            if (result instanceof FetchResult.Failed f) {
                m.increment(FeedMetric.FETCH_ERRORS);
                failed(feed, m, now, f.reason());
            } else {
                m.increment(FeedMetric.NOT_MODIFIED);
                succeeded(feed, m, now.plus(config.pollInterval()));
            }
            return List.of();
        } finally {
            // Counted last: whoever sees the fetch counted also sees what it found.
            m.increment(FeedMetric.FETCHES);
        }
    }

    private List<SourceRecord> read(FeedState feed, FetchResult.Fetched fetched, FeedMetrics m, Instant now) {
        String bodyHash = Hashes.shortHash(fetched.body());
        if (bodyHash.equals(feed.bodyHash())) {
            // The server ignored our validators (or sends none) but the feed is unchanged.
            m.increment(FeedMetric.NOT_MODIFIED);
            feed.validators(fetched.etag(), fetched.lastModified(), bodyHash);
            succeeded(feed, m, now.plus(config.pollInterval()));
            return List.of();
        }
        FeedParser.Parsed parsed;
        try {
            parsed = FeedParser.parse(fetched.body(), feed.url, config.defaultLanguage());
        } catch (FeedParser.Unreadable e) {
            m.increment(FeedMetric.PARSE_ERRORS);
            failed(feed, m, now, e.getMessage());
            return List.of();
        }
        m.add(FeedMetric.ITEMS_EMPTY, parsed.empty());
        List<FeedItem> fresh = new ArrayList<>();
        boolean more = false;
        for (FeedItem item : parsed.items()) {
            if (feed.seen(item.key()) || fresh.stream().anyMatch(f -> f.key().equals(item.key()))) {
                m.increment(FeedMetric.ITEMS_REPEATED);
            } else if (fresh.size() < config.maxItemsPerPoll()) {
                fresh.add(item);
            } else {
                more = true;
            }
        }
        m.add(FeedMetric.ITEMS_NEW, fresh.size());
        // With items left over, the validators stay as they were: the next fetch must get the full body again.
        if (!more) {
            feed.validators(fetched.etag(), fetched.lastModified(), bodyHash);
        }
        List<SourceRecord> records = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            FeedItem item = fresh.get(i);
            feed.remember(item.key());
            records.add(new SourceRecord(feed.partition(), feed.offset(i == fresh.size() - 1),
                    config.topic(), null, Schema.STRING_SCHEMA, item.key(), ArticleRecord.SCHEMA,
                    ArticleRecord.of(item), item.publishedAt() == null ? null : item.publishedAt().toEpochMilli()));
        }
        // Left-over items are fetched again at once rather than after a poll interval.
        succeeded(feed, m, more ? now : now.plus(config.pollInterval()));
        return records;
    }

    private void succeeded(FeedState feed, FeedMetrics m, Instant next) {
        feed.succeeded(next);
        m.set(FeedMetric.LAST_SUCCESS, clock.millis());
        m.set(FeedMetric.CONSECUTIVE_FAILURES, 0);
    }

    private void failed(FeedState feed, FeedMetrics m, Instant now, String reason) {
        Duration wait = backoff.after(feed.failures() + 1, random);
        feed.failed(now.plus(wait));
        m.set(FeedMetric.CONSECUTIVE_FAILURES, feed.failures());
        LOG.warn("Feed {} failed ({} in a row): {}; next try in {} s", feed.redacted, feed.failures(),
                FeedUrls.redact(reason.replace(feed.url, feed.redacted)), wait.toSeconds());
    }

    @Override
    public void stop() {
        stopping = true;
        metrics.values().forEach(FeedMetrics::close);
    }
}
