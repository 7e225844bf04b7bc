package io.incidentalerts.cli;

import io.incidentalerts.config.AppConfig;
import io.incidentalerts.config.ConfigLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options shared by the commands that run the service. */
final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file with settings (see README)")
    Path configFile;

    @Option(names = {"-s", "--set"}, paramLabel = "KEY=VALUE",
            description = "Set one setting, e.g. --set http.port=8081 (overrides file and environment); "
                    + "an unknown key is refused, any kafka.* key passes to the Kafka clients")
    Map<String, String> settings = new LinkedHashMap<>();

    AppConfig load(Map<String, String> extra) {
        Map<String, String> overrides = new LinkedHashMap<>(settings);
        overrides.putAll(extra);
        return ConfigLoader.fromEnvironment(configFile, overrides);
    }
}
