package io.incidentalerts.support;

import io.incidentalerts.config.AppConfig;
import io.incidentalerts.config.ConfigLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Service configurations for integration tests: a unique namespace of topics and application id per test. */
public final class ServiceConfigs {

    private ServiceConfigs() {
    }

    public static AppConfig isolated(String bootstrap, String prefix, Path stateDir, Map<String, String> extra) {
        Map<String, String> s = new HashMap<>(Map.of(
                "kafka.bootstrap.servers", bootstrap,
                "application.id", prefix + "app",
                "state.dir", stateDir.toString(),
                "http.port", "0",
                "topic.input", prefix + "articles",
                "topic.alerts", prefix + "alerts",
                "topic.region.prefix", prefix + "alerts.",
                "topic.critical", prefix + "alerts.critical",
                "topic.dead.letter", prefix + "dlq"));
        s.put("topic.state", prefix + "state");
        s.put("topic.stats", prefix + "stats");
        s.put("topic.surges", prefix + "surges");
        s.putAll(extra);
        return ConfigLoader.load(null, Map.of(), s);
    }
}
