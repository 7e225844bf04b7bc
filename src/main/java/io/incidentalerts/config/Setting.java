package io.incidentalerts.config;

/**
 * Every setting of the service: its key in a properties file, its default, and what it does.
 * The environment variable is {@code INCIDENT_ALERTS_} + the key upper-cased with '.' as '_'.
 * Kafka client properties are not listed here: any {@code kafka.*} key (or {@code KAFKA_*}
 * variable) passes through unchanged.
 */
public enum Setting {
    APPLICATION_ID("application.id", "incident-alerts", "Kafka Streams application id: consumer group and internal topic prefix"),
    STATE_DIR("state.dir", "", "Kafka Streams state directory (empty: with the in-process broker, a folder beside its data; otherwise a folder under the system temp dir)"),
    STREAM_THREADS("stream.threads", "1", "Stream threads in this instance"),
    GROUP_INSTANCE_ID("group.instance.id", "", "Static group membership id (e.g. the StatefulSet pod name); empty: dynamic membership"),
    CLOSE_TIMEOUT_MS("close.timeout.ms", "30000", "How long a graceful shutdown may take"),
    HTTP_BIND("http.bind", "0.0.0.0", "Address the HTTP server binds to"),
    HTTP_PORT("http.port", "8080", "HTTP port for health, metrics and API (0: any free port)"),
    HTTP_API_TOKEN("http.api.token", "", "Bearer token required on /api/* (empty: no token needed); health and metrics stay open"),
    HTTP_MAX_IN_FLIGHT("http.max.in.flight", "16", "Requests served at once; more get 503"),
    BOOTSTRAP_TIMEOUT_MS("bootstrap.timeout.ms", "30000", "How long run and produce wait for a bootstrap server to answer before they give up"),
    HTTP_ADVERTISED_HOST("http.advertised.host", "", "Host name other instances reach this one's HTTP API at (Kafka Streams application.server, with the bound port); empty: this machine's host name"),
    TOPIC_INPUT("topic.input", "news.articles", "Input topic of articles"),
    TOPIC_ALERTS("topic.alerts", "incident.alerts", "Topic of all alerts"),
    TOPIC_REGION_PREFIX("topic.region.prefix", "incident.alerts.", "Prefix of the per-region alert topics (prefix + region slug)"),
    TOPIC_CRITICAL("topic.critical", "incident.alerts.critical", "Topic of HIGH and CRITICAL alerts"),
    TOPIC_DEAD_LETTER("topic.dead.letter", "news.articles.dlq", "Dead-letter topic for input records that cannot be processed"),
    TOPIC_STATE("topic.state", "incident.state", "Compacted topic of each incident's latest state (key incident id)"),
    TOPIC_STATS("topic.stats", "incident.stats", "Topic of incident counts per region and category over 1 h and 24 h windows"),
    TOPIC_SURGES("topic.surges", "incident.surges", "Topic of SURGE alerts (a region's 24 h count far above its baseline)"),
    IDENTITY_WINDOW_HOURS("identity.window.hours", "72", "Articles within this many hours of an incident's articles can join it"),
    IDENTITY_MAX_DISTANCE_KM("identity.max.distance.km", "50", "Cities this close count as the same place when matching follow-ups"),
    INCIDENT_RETENTION_HOURS("incident.retention.hours", "168", "How long an incident stays in the identity store and the query API after its last article"),
    SURGE_FACTOR("surge.factor", "3.0", "SURGE when a region's 24 h count exceeds this many times its baseline"),
    SURGE_MIN_COUNT("surge.min.count", "5", "A 24 h count below this never raises a SURGE"),
    SURGE_BASELINE_DAYS("surge.baseline.days", "7", "Baseline: mean 24 h count of this many preceding days"),
    CONSOLE_STREAM_MAX_SUBSCRIBERS("console.stream.max.subscribers", "8", "Live streams (/api/incidents/stream) open at once; more get 503"),
    CONSOLE_STREAM_HEARTBEAT_MS("console.stream.heartbeat.ms", "10000", "How often a live stream with nothing to send sends a heartbeat comment"),
    CONSOLE_TILE_URL("console.tile.url", "", "Map tile URL template for the console (https://host/{z}/{x}/{y}.png); empty: the bundled country outlines only, no request to another host"),
    ROUTE_REGIONS("route.regions", "true", "Also write each alert to its region topic"),
    ROUTE_CRITICAL("route.critical", "true", "Also write HIGH and CRITICAL alerts to the critical topic"),
    TOPICS_CREATE("topics.create", "true", "Create missing topics at start-up"),
    TOPICS_PARTITIONS("topics.partitions", "3", "Partitions of topics the service creates"),
    TOPICS_REPLICATION("topics.replication", "1", "Replication factor of topics the service creates"),
    TOPICS_MAX_MESSAGE_BYTES("topics.max.message.bytes", "16777216", "max.message.bytes of the input and dead-letter topics the service creates"),
    PERPETRATORS_IN_KILLED("classifier.perpetrators.in.killed", "false", "Add attackers reported killed apart from the victims to the killed count (true: Global Terrorism Database totals)"),
    MAX_ARTICLE_BYTES("max.article.bytes", "1048576", "Input records larger than this go to the dead-letter topic"),
    EMBEDDED_PORT("embedded.port", "9092", "Port of the in-process broker of run --embedded and demo (0: any free port)"),
    EMBEDDED_DIR("embedded.dir", "", "Data folder of the in-process broker of run --embedded and demo, and of the Streams state unless state.dir is set (empty: a fresh temp folder, removed on stop)");

    private final String key;
    private final String defaultValue;
    private final String description;

    Setting(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    public String envName() {
        return RawSettings.ENV_PREFIX + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
    }
}
