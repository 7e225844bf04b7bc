package io.incidentalerts.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Builds an {@link AppConfig}: defaults, then the optional file, then the environment, then explicit overrides. */
public final class ConfigLoader {

    private ConfigLoader() {
    }

    public static AppConfig fromEnvironment(Path configFile, Map<String, String> overrides) {
        return load(configFile, System.getenv(), overrides);
    }

    /**
     * @param configFile optional properties file (null: none)
     * @param env        environment variables
     * @param overrides  keys set on the command line, applied last; like the file's keys, each must be a
     *                   known setting or a {@code kafka.*} key
     */
    public static AppConfig load(Path configFile, Map<String, String> env, Map<String, String> overrides) {
        RawSettings raw = new RawSettings();
        for (Setting s : Setting.values()) {
            raw.put(s.key(), s.defaultValue(), "default");
        }
        if (configFile != null) {
            for (String key : raw.putFile(configFile)) {
                KnownKeys.require(key, "in config file " + configFile);
            }
        }
        raw.putEnvironment(env);
        overrides.forEach((k, v) -> {
            KnownKeys.require(k, "on the command line (--set)");
            raw.put(k, v, "command line");
        });
        return build(raw);
    }

    private static AppConfig build(RawSettings raw) {
        Reader r = new Reader(raw);
        TopicNames topics = new TopicNames(
                r.nonBlank(Setting.TOPIC_INPUT), r.nonBlank(Setting.TOPIC_ALERTS), r.nonBlank(Setting.TOPIC_REGION_PREFIX),
                r.nonBlank(Setting.TOPIC_CRITICAL), r.nonBlank(Setting.TOPIC_DEAD_LETTER), r.nonBlank(Setting.TOPIC_STATE),
                r.nonBlank(Setting.TOPIC_STATS), r.nonBlank(Setting.TOPIC_SURGES));
        IncidentSettings incidents = new IncidentSettings(
                Duration.ofHours(r.intIn(Setting.IDENTITY_WINDOW_HOURS, 1, 24 * 30)),
                r.doubleIn(Setting.IDENTITY_MAX_DISTANCE_KM, 0, 1000),
                Duration.ofHours(r.intIn(Setting.INCIDENT_RETENTION_HOURS, 1, 24 * 365)),
                r.doubleIn(Setting.SURGE_FACTOR, 1, 1000),
                r.intIn(Setting.SURGE_MIN_COUNT, 1, 1_000_000),
                r.intIn(Setting.SURGE_BASELINE_DAYS, 1, 90));
        Map<String, String> kafka = new LinkedHashMap<>();
        raw.withPrefix(RawSettings.KAFKA_KEY_PREFIX).forEach((k, v) -> kafka.put(k, v.text()));
        return new AppConfig(
                r.nonBlank(Setting.APPLICATION_ID),
                r.optional(Setting.STATE_DIR).map(Path::of),
                r.intIn(Setting.STREAM_THREADS, 1, 64),
                r.optional(Setting.GROUP_INSTANCE_ID),
                Duration.ofMillis(r.intIn(Setting.CLOSE_TIMEOUT_MS, 0, Integer.MAX_VALUE)),
                r.nonBlank(Setting.HTTP_BIND),
                r.intIn(Setting.HTTP_PORT, 0, 65535),
                r.optional(Setting.HTTP_API_TOKEN),
                r.intIn(Setting.HTTP_MAX_IN_FLIGHT, 1, 1024),
                r.optional(Setting.HTTP_ADVERTISED_HOST),
                Duration.ofMillis(r.intIn(Setting.BOOTSTRAP_TIMEOUT_MS, 100, Integer.MAX_VALUE)),
                topics,
                incidents,
                new ConsoleSettings(r.intIn(Setting.CONSOLE_STREAM_MAX_SUBSCRIBERS, 1, 256),
                        Duration.ofMillis(r.intIn(Setting.CONSOLE_STREAM_HEARTBEAT_MS, 100, 600_000)),
                        r.optional(Setting.CONSOLE_TILE_URL).map(ConfigLoader::tileUrl)),
                r.bool(Setting.ROUTE_REGIONS),
                r.bool(Setting.ROUTE_CRITICAL),
                r.bool(Setting.TOPICS_CREATE),
                r.intIn(Setting.TOPICS_PARTITIONS, 1, 10_000),
                (short) r.intIn(Setting.TOPICS_REPLICATION, 1, Short.MAX_VALUE),
                r.intIn(Setting.TOPICS_MAX_MESSAGE_BYTES, 1024, Integer.MAX_VALUE),
                r.intIn(Setting.MAX_ARTICLE_BYTES, 1, Integer.MAX_VALUE),
                r.bool(Setting.PERPETRATORS_IN_KILLED),
                r.intIn(Setting.EMBEDDED_PORT, 0, 65535),
                r.optional(Setting.EMBEDDED_DIR).map(Path::of),
                kafka);
    }

    /** A tile URL must be absolute http(s) with {z}, {x} and {y}: the console's CSP allows its origin for images. */
    private static String tileUrl(String url) {
        if (!url.matches("https?://[^/?#{}]+/.*") || !url.contains("{z}") || !url.contains("{x}") || !url.contains("{y}")) {
            throw new ConfigException("Invalid value '" + url + "' for setting " + Setting.CONSOLE_TILE_URL.key() + " ("
                    + Setting.CONSOLE_TILE_URL.envName() + "): expected an http(s) URL with {z}, {x} and {y}");
        }
        return url;
    }

    /** Typed reads whose errors name the key, the environment variable and the value's source. */
    private record Reader(RawSettings raw) {

        String nonBlank(Setting s) {
            return optional(s).orElseThrow(() -> invalid(s, "", "a non-empty value"));
        }

        Optional<String> optional(Setting s) {
            RawSettings.Value v = raw.get(s.key());
            return v == null || v.text().isBlank() ? Optional.empty() : Optional.of(v.text());
        }

        int intIn(Setting s, int min, int max) {
            String text = raw.get(s.key()).text();
            int value = parse(s, text, Integer::parseInt, "an integer");
            if (value < min || value > max) {
                throw invalid(s, text, "an integer from " + min + " to " + max);
            }
            return value;
        }

        double doubleIn(Setting s, double min, double max) {
            String text = raw.get(s.key()).text();
            double value = parse(s, text, Double::parseDouble, "a number");
            if (!(value >= min && value <= max)) {
                throw invalid(s, text, "a number from " + min + " to " + max);
            }
            return value;
        }

        boolean bool(Setting s) {
            String text = raw.get(s.key()).text();
            if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(text);
            }
            throw invalid(s, text, "true or false");
        }

        private <T> T parse(Setting s, String text, Function<String, T> parser, String expected) {
            try {
                return parser.apply(text);
            } catch (RuntimeException e) {
                throw invalid(s, text, expected);
            }
        }

        private ConfigException invalid(Setting s, String text, String expected) {
            RawSettings.Value v = raw.get(s.key());
            String source = v == null ? "default" : v.source();
            return new ConfigException("Invalid value '" + text + "' for setting " + s.key() + " (" + s.envName()
                    + ", from " + source + "): expected " + expected);
        }
    }
}
