package io.incidentalerts.feeds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/** The feed connector's settings, in Connect's conventions; the README's connector table lists the same. */
public final class FeedSourceConfig extends AbstractConfig {

    public static final String FEED_URLS = "feed.urls";
    public static final String FEED_FILE = "feed.file";
    public static final String TOPIC = "topic";
    public static final String POLL_INTERVAL_MS = "poll.interval.ms";
    public static final String REQUEST_TIMEOUT_MS = "request.timeout.ms";
    public static final String MAX_FEED_BYTES = "feed.max.bytes";
    public static final String MAX_ITEMS_PER_POLL = "items.max.per.poll";
    public static final String USER_AGENT = "user.agent";
    public static final String BACKOFF_INITIAL_MS = "backoff.initial.ms";
    public static final String BACKOFF_MAX_MS = "backoff.max.ms";
    public static final String SEEN_MAX = "seen.max.per.feed";
    public static final String LANGUAGE = "language.default";
    /** Set by the connector for each task: the feeds that task polls. Not for users. */
    static final String TASK_FEEDS = "task.feeds";

    private static final String GROUP = "Feeds";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(FEED_URLS, Type.LIST, "", new FeedUrlList(), Importance.HIGH,
                    "Comma-separated RSS or Atom feed URLs (http or https). With " + FEED_FILE
                            + ", both lists are polled.", GROUP, 1, Width.LONG, "Feed URLs")
            .define(FEED_FILE, Type.STRING, "", Importance.HIGH,
                    "A file on the worker with one feed URL a line ('#' starts a comment). Read when the "
                            + "connector starts.", GROUP, 2, Width.LONG, "Feed file")
            .define(TOPIC, Type.STRING, "news.articles", new ConfigDef.NonEmptyStringWithoutControlChars(),
                    Importance.HIGH, "Topic the articles are written to (the service's input topic).",
                    GROUP, 3, Width.MEDIUM, "Topic")
            .define(POLL_INTERVAL_MS, Type.LONG, 600_000L, ConfigDef.Range.atLeast(100), Importance.MEDIUM,
                    "Time between two fetches of one feed when it answers well.", GROUP, 4, Width.SHORT, "Poll interval")
            .define(REQUEST_TIMEOUT_MS, Type.LONG, 30_000L, ConfigDef.Range.between(100, 600_000), Importance.MEDIUM,
                    "Longest time one fetch may take, from connecting to the last byte; a slower feed counts as failed.",
                    GROUP, 5, Width.SHORT, "Request timeout")
            .define(MAX_FEED_BYTES, Type.INT, 10 * 1024 * 1024, ConfigDef.Range.between(1024, 256 * 1024 * 1024),
                    Importance.MEDIUM, "Largest feed body read; a larger one is abandoned at this size and counts as failed.",
                    GROUP, 6, Width.SHORT, "Maximum feed bytes")
            .define(MAX_ITEMS_PER_POLL, Type.INT, 100, ConfigDef.Range.between(1, 10_000), Importance.LOW,
                    "Most new items taken from one feed in one fetch; the rest come with the next fetch, made at once.",
                    GROUP, 7, Width.SHORT, "Maximum items a poll")
            .define(USER_AGENT, Type.STRING, "incident-alerts-feeds/1.0", new ConfigDef.NonEmptyStringWithoutControlChars(),
                    Importance.LOW, "User-Agent header sent with every fetch.", GROUP, 8, Width.MEDIUM, "User agent")
            .define(BACKOFF_INITIAL_MS, Type.LONG, 60_000L, ConfigDef.Range.atLeast(10), Importance.LOW,
                    "Wait after a feed's first failure; it doubles with each further failure up to "
                            + BACKOFF_MAX_MS + ", and each wait is shortened at random by up to a half (jitter).", GROUP, 9, Width.SHORT, "Initial back-off")
            .define(BACKOFF_MAX_MS, Type.LONG, 3_600_000L, ConfigDef.Range.atLeast(10), Importance.LOW,
                    "Longest wait between fetches of a failing feed.", GROUP, 10, Width.SHORT, "Maximum back-off")
            .define(SEEN_MAX, Type.INT, 2_000, ConfigDef.Range.between(10, 20_000), Importance.LOW,
                    "How many item keys of one feed the source offsets remember; keep it above the number of "
                            + "items a feed lists.", GROUP, 11, Width.SHORT, "Remembered items a feed")
            .define(LANGUAGE, Type.STRING, "", Importance.LOW,
                    "ISO 639-1 language given to items of a feed that declares none; empty leaves it unset.",
                    GROUP, 12, Width.SHORT, "Default language")
            .defineInternal(TASK_FEEDS, Type.LIST, "", Importance.LOW);

    public FeedSourceConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
        if (backoffMax().compareTo(backoffInitial()) < 0) {
            throw new ConfigException(BACKOFF_MAX_MS, getLong(BACKOFF_MAX_MS),
                    "must not be less than " + BACKOFF_INITIAL_MS + " (" + getLong(BACKOFF_INITIAL_MS) + ")");
        }
    }

    /** Every feed URL of {@value #FEED_URLS} and {@value #FEED_FILE}, each once; at least one. */
    public List<String> feeds() {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        getList(FEED_URLS).stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(all::add);
        String file = getString(FEED_FILE).strip();
        if (!file.isEmpty()) {
            all.addAll(readFeedFile(Path.of(file)));
        }
        if (all.isEmpty()) {
            throw new ConfigException(FEED_URLS, "", "no feed: set " + FEED_URLS + " or " + FEED_FILE);
        }
        return List.copyOf(all);
    }

    private static List<String> readFeedFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(FEED_FILE, file.toString(), "cannot be read: " + e);
        }
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String problem = FeedUrls.problem(line);
            if (problem != null) {
                throw new ConfigException(FEED_FILE, file.toString(),
                        "line " + (i + 1) + " (" + FeedUrls.redact(line) + ") is " + problem);
            }
            urls.add(line);
        }
        return urls;
    }

    List<String> taskFeeds() {
        return getList(TASK_FEEDS);
    }

    public String topic() {
        return getString(TOPIC);
    }

    public Duration pollInterval() {
        return Duration.ofMillis(getLong(POLL_INTERVAL_MS));
    }

    public Duration requestTimeout() {
        return Duration.ofMillis(getLong(REQUEST_TIMEOUT_MS));
    }

    public int maxFeedBytes() {
        return getInt(MAX_FEED_BYTES);
    }

    public int maxItemsPerPoll() {
        return getInt(MAX_ITEMS_PER_POLL);
    }

    public String userAgent() {
        return getString(USER_AGENT);
    }

    public Duration backoffInitial() {
        return Duration.ofMillis(getLong(BACKOFF_INITIAL_MS));
    }

    public Duration backoffMax() {
        return Duration.ofMillis(getLong(BACKOFF_MAX_MS));
    }

    public int seenMax() {
        return getInt(SEEN_MAX);
    }

    public String defaultLanguage() {
        String lang = getString(LANGUAGE).strip();
        return lang.isEmpty() ? null : lang;
    }

    /** Checks each URL of the list; the error names the setting and shows the URL without credentials. */
    private static final class FeedUrlList implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            if (value == null) {
                return;
            }
            for (Object o : (List<?>) value) {
                String url = o.toString().strip();
                if (url.isEmpty()) {
                    continue;
                }
                String problem = FeedUrls.problem(url);
                if (problem != null) {
                    throw new ConfigException(name, FeedUrls.redact(url), problem);
                }
            }
        }

        @Override
        public String toString() {
            return "http or https URLs";
        }
    }
}
