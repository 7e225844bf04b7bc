package io.incidentalerts.query;

import io.incidentalerts.alert.Regions;
import io.incidentalerts.classifier.Location;
import io.incidentalerts.classifier.Severity;
import io.incidentalerts.classifier.geo.PlaceResolver;
import io.incidentalerts.config.TopicNames;
import io.incidentalerts.identity.IncidentState;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The list endpoint's query: {@code region} (M49 sub-region, any case, or its slug as in the region
 * topic names: {@code central-asia}; anything else is refused), {@code country} (ISO alpha-2
 * code, English or alternate name, or demonym, any case, as the gazetteer knows it: {@code KZ},
 * {@code Kazakhstan}, {@code Kazakh}; held as the code, anything else is refused), {@code minSeverity}, {@code since} (ISO-8601 instant: incidents with an article at
 * or after it) and {@code limit} (1 to 1000, default 100). Unknown parameters are refused.
 */
public record IncidentFilter(String region, String country, Severity minSeverity, Instant since, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    private static final Set<String> KNOWN = Set.of("region", "country", "minSeverity", "since", "limit", "local");

    /** @throws IllegalArgumentException with a message fit for a 400 answer */
    public static IncidentFilter parse(String rawQuery) {
        Map<String, String> p = params(rawQuery);
        for (String key : p.keySet()) {
            if (!KNOWN.contains(key)) {
                throw new IllegalArgumentException("unknown parameter '" + key + "'; known: " + KNOWN);
            }
        }
        Severity minSeverity = null;
        if (p.containsKey("minSeverity")) {
            try {
                minSeverity = Severity.valueOf(p.get("minSeverity").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("minSeverity must be LOW, MODERATE, HIGH or CRITICAL");
            }
        }
        Instant since = null;
        if (p.containsKey("since")) {
            try {
                since = Instant.parse(p.get("since"));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("since must be an ISO-8601 instant such as 2024-05-01T00:00:00Z");
            }
        }
        int limit = DEFAULT_LIMIT;
        if (p.containsKey("limit")) {
            try {
                limit = Integer.parseInt(p.get("limit"));
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new IllegalArgumentException("limit must be an integer from 1 to " + MAX_LIMIT);
            }
        }
        String region = blankToNull(p.get("region"));
        if (region != null && !Regions.isKnown(region)) {
            throw new IllegalArgumentException("region must be a UN M49 sub-region such as 'Central Asia' or its"
                    + " slug 'central-asia'; known: " + Regions.M49_SUB_REGIONS);
        }
        String country = blankToNull(p.get("country"));
        if (country != null) {
            String asked = country;
            country = PlaceResolver.loadDefault().country(asked).map(Location::countryCode)
                    .orElseThrow(() -> new IllegalArgumentException("country must be an ISO 3166 alpha-2 code, a"
                            + " country's name or its demonym, such as 'KZ', 'Kazakhstan' or 'Kazakh'; unknown: '"
                            + asked + "'"));
        }
        return new IncidentFilter(region, country, minSeverity, since, limit);
    }

    public boolean matches(IncidentState s) {
        if (region != null && (s.region() == null || !TopicNames.slug(s.region()).equals(TopicNames.slug(region)))) {
            return false;
        }
        if (country != null && (s.location() == null || !country.equalsIgnoreCase(s.location().countryCode()))) {
            return false;
        }
        if (minSeverity != null && (s.severity() == null || !s.severity().atLeast(minSeverity))) {
            return false;
        }
        return since == null || !s.lastSeen().isBefore(since);
    }

    static Map<String, String> params(String rawQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(key, value);
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
