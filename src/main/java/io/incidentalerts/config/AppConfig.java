package io.incidentalerts.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The whole configuration of one service instance, typed and validated. Build it with {@link ConfigLoader}. */
public record AppConfig(
        String applicationId,
        Optional<Path> stateDir,
        int streamThreads,
        Optional<String> groupInstanceId,
        Duration closeTimeout,
        String httpBind,
        int httpPort,
        Optional<String> httpApiToken,
        int httpMaxInFlight,
        Optional<String> httpAdvertisedHost,
        Duration bootstrapTimeout,
        TopicNames topics,
        IncidentSettings incidents,
        ConsoleSettings console,
        boolean routeRegions,
        boolean routeCritical,
        boolean createTopics,
        int topicPartitions,
        short topicReplication,
        int topicMaxMessageBytes,
        int maxArticleBytes,
        boolean perpetratorsInKilled,
        int embeddedPort,
        Optional<Path> embeddedDir,
        Map<String, String> kafka) {

    public AppConfig {
        kafka = Map.copyOf(kafka);
    }

    /** Bootstrap servers of an external cluster; empty: none given (run refuses to start, run --embedded and demo start an in-process broker). */
    public Optional<String> bootstrapServers() {
        return Optional.ofNullable(kafka.get("bootstrap.servers")).filter(s -> !s.isBlank());
    }

    /**
     * The Kafka Streams state directory: {@code state.dir} when set, else the folder given by
     * {@link #withDefaultStateDir} (the in-process broker's), else a folder under the system temp dir.
     */
    public Path streamsStateDir() {
        return stateDir.orElse(Path.of(System.getProperty("java.io.tmpdir"), "incident-alerts-state"));
    }

    public AppConfig withBootstrapServers(String servers) {
        Map<String, String> merged = new java.util.HashMap<>(kafka);
        merged.put("bootstrap.servers", servers);
        return copy(stateDir, merged);
    }

    /** This configuration with {@code dir} as the state directory unless {@code state.dir} is set. */
    public AppConfig withDefaultStateDir(Path dir) {
        return copy(stateDir.or(() -> Optional.of(dir)), kafka);
    }

    private AppConfig copy(Optional<Path> stateDir, Map<String, String> kafka) {
        return new AppConfig(applicationId, stateDir, streamThreads, groupInstanceId, closeTimeout, httpBind,
                httpPort, httpApiToken, httpMaxInFlight, httpAdvertisedHost, bootstrapTimeout, topics, incidents,
                console, routeRegions, routeCritical, createTopics, topicPartitions, topicReplication, topicMaxMessageBytes,
                maxArticleBytes, perpetratorsInKilled, embeddedPort, embeddedDir, kafka);
    }
}
