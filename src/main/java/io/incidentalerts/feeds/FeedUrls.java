package io.incidentalerts.feeds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the connector does to URLs: check a feed URL, hide the credentials it may carry before it is
 * logged or stored, and reduce an item link to the form that identifies it (tracking parameters off).
 */
public final class FeedUrls {

    private static final String TRACKING_FILE = "/feeds/tracking-parameters.txt";
    private static final List<String> TRACKING = loadTracking();
    /** user:password@ (or a token@) in an absolute URL, up to the host. */
    private static final Pattern USER_INFO = Pattern.compile("(?<=://)[^/@?#]+@");
    /** Query values of parameters that commonly carry secrets. */
    private static final Pattern SECRET_PARAM = Pattern.compile(
            "(?i)([?&](?:token|key|api[_-]?key|apikey|secret|password|passwd|pwd|auth|access[_-]?token|sig|signature)=)[^&#]*");

    private FeedUrls() {
    }

    /** The URL with its user information and secret-looking query values replaced by {@code ***}. */
    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        String noUser = USER_INFO.matcher(url).replaceFirst("***@");
        return SECRET_PARAM.matcher(noUser).replaceAll("$1***");
    }

    /** Null when {@code url} is an absolute http or https URL with a host, else why it is not. */
    public static String problem(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "not an http or https URL";
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return "has no host";
            }
            return null;
        } catch (URISyntaxException e) {
            return "not a URL (" + e.getReason() + ")";
        }
    }

    /** The host of a URL, lower-cased, or the URL itself when it has none. */
    public static String host(String url) {
        try {
            String host = new URI(url).getHost();
            return host == null ? url : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return url;
        }
    }

    /**
     * An item link in the form that identifies the article: scheme and host lower-cased, default port,
     * fragment and tracking parameters (see {@value #TRACKING_FILE}) removed. A string that is not an
     * http(s) URL comes back stripped and otherwise as it was.
     */
    public static String normalise(String link) {
        String s = link.strip();
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            return s;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getRawAuthority() == null || uri.getHost() == null) {
            return s;
        }
        StringBuilder out = new StringBuilder(scheme).append("://").append(uri.getHost().toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        if (port != -1 && !(scheme.equals("http") && port == 80) && !(scheme.equals("https") && port == 443)) {
            out.append(':').append(port);
        }
        String path = uri.getRawPath();
        out.append(path == null || path.isEmpty() ? "/" : path);
        String query = keptQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    private static String keptQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (!isTracking(name)) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }

    private static boolean isTracking(String name) {
        for (String t : TRACKING) {
            if (t.endsWith("*") ? name.startsWith(t.substring(0, t.length() - 1)) : name.equals(t)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> loadTracking() {
        try (InputStream in = FeedUrls.class.getResourceAsStream(TRACKING_FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + TRACKING_FILE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
