package io.incidentalerts.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.feeds.FeedMetric;
import io.incidentalerts.feeds.FeedSourceConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;

/** The README's feed connector tables list every setting with its default, and every per-feed metric. */
class ConnectorReadmeTest {

    @Test
    void everyConnectorSettingIsInTheTableWithItsDefault() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (ConfigDef.ConfigKey key : FeedSourceConfig.CONFIG_DEF.configKeys().values()) {
            if (key.internalConfig) {
                continue;
            }
            String dflt = key.defaultValue instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf).toList())
                    : String.valueOf(key.defaultValue);
            assertThat(readme).as(key.name)
                    .contains("| `" + key.name + "` | " + (dflt.isEmpty() ? "(empty)" : "`" + dflt + "`") + " | ");
        }
    }

    @Test
    void everyFeedMetricIsDocumented() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (FeedMetric m : FeedMetric.values()) {
            assertThat(readme).contains("| `" + m.metric() + "` | ");
        }
    }

    @Test
    void theConnectorPackageHasNoKafkaStreamsImports() throws Exception {
        List<Path> offenders;
        try (var files = Files.walk(Path.of("src/main/java/io/incidentalerts/feeds"))) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> ReadmeClaimsTest.read(p).contains("org.apache.kafka.streams")).toList();
        }
        assertThat(offenders).isEmpty();
    }
}
