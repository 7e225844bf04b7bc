package io.incidentalerts.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Settings as text, layered: defaults, then an optional properties file, then the environment.
 * Each value remembers its source so that an error can say where the bad value came from.
 * <p>
 * Environment names map to keys by dropping the prefix, lower-casing and turning '_' into '.':
 * {@code INCIDENT_ALERTS_HTTP_PORT} is {@code http.port}; {@code KAFKA_SASL_MECHANISM} is
 * {@code kafka.sasl.mechanism}, which reaches the Kafka clients as {@code sasl.mechanism}.
 */
final class RawSettings {

    static final String ENV_PREFIX = "INCIDENT_ALERTS_";
    static final String KAFKA_ENV_PREFIX = "KAFKA_";
    static final String KAFKA_KEY_PREFIX = "kafka.";

    record Value(String text, String source) {
    }

    private final Map<String, Value> values = new LinkedHashMap<>();

    /** Adds the file's entries and returns their keys. */
    java.util.Set<String> putFile(Path file) {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (IOException e) {
            throw new ConfigException("Cannot read config file " + file + ": " + e.getMessage());
        }
        for (String key : props.stringPropertyNames()) {
            values.put(key.trim(), new Value(props.getProperty(key).trim(), "config file " + file));
        }
        return props.stringPropertyNames().stream().map(String::trim).collect(java.util.stream.Collectors.toSet());
    }

    void putEnvironment(Map<String, String> env) {
        env.forEach((name, text) -> {
            if (name.startsWith(ENV_PREFIX)) {
                values.put(envToKey(name.substring(ENV_PREFIX.length())), new Value(text.trim(), "environment " + name));
            } else if (name.startsWith(KAFKA_ENV_PREFIX) && name.length() > KAFKA_ENV_PREFIX.length()) {
                values.put(KAFKA_KEY_PREFIX + envToKey(name.substring(KAFKA_ENV_PREFIX.length())),
                        new Value(text.trim(), "environment " + name));
            }
        });
    }

    void put(String key, String text, String source) {
        values.put(key, new Value(text, source));
    }

    Value get(String key) {
        return values.get(key);
    }

    Map<String, Value> withPrefix(String prefix) {
        Map<String, Value> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
    }

    private static String envToKey(String rest) {
        return rest.toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
