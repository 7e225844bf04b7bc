package io.incidentalerts.config;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The keys a properties file or {@code --set} may name: every {@link Setting}, plus any {@code kafka.*}
 * key passed to the Kafka clients. An unknown key is refused with the nearest known one, so a typo
 * ({@code htpp.port}) stops start-up instead of being ignored.
 */
final class KnownKeys {

    private static final List<String> KEYS = Arrays.stream(Setting.values()).map(Setting::key).toList();

    private KnownKeys() {
    }

    /** @param where where the key was given, e.g. "in config file app.properties" */
    static void require(String key, String where) {
        if (key.startsWith(RawSettings.KAFKA_KEY_PREFIX) || KEYS.contains(key)) {
            return;
        }
        throw new ConfigException("Unknown setting '" + key + "' " + where + "; nearest known key: " + nearest(key)
                + " (Kafka client properties take the prefix " + RawSettings.KAFKA_KEY_PREFIX + ")");
    }

    static String nearest(String key) {
        return KEYS.stream().min(Comparator.comparingInt((String k) -> distance(key, k))).orElseThrow();
    }

    /** Edit distance: insertions, deletions and substitutions of one character each cost 1. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
