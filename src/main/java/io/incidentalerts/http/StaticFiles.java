package io.incidentalerts.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import io.incidentalerts.alert.Json;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The console's files from the classpath folder {@code console/}: {@code /} is its {@code index.html},
 * {@code /console/<path>} the rest. Each answer has its content type, an ETag (a conditional request
 * with the same tag gets 304), a cache policy (the console's own files are revalidated on every load;
 * the vendored libraries, which change only with a release, are kept a day) and a Content-Security-Policy
 * that lets the page load and connect to this origin only (plus the tile server's origin for images
 * when one is configured).
 */
public final class StaticFiles {

    public static final String PREFIX = "/console/";
    private static final String ROOT = "console/";
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*(?:/[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*)*");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json",
            "png", "image/png",
            "svg", "image/svg+xml",
            "md", "text/markdown; charset=utf-8",
            "", "text/plain; charset=utf-8");
    private static final String SELF_ONLY = policy("");

    private final ClassLoader loader;
    private final String policy;
    private final File config;
    private final Map<String, Optional<File>> cache = new ConcurrentHashMap<>();

    private record File(byte[] body, String type, String etag) {
    }

    private StaticFiles(ClassLoader loader, Optional<String> tileUrl, boolean tokenRequired) {
        this.loader = loader;
        this.policy = policy(tileUrl.map(StaticFiles::origin).orElse(""));
        byte[] settings = Json.MAPPER.createObjectNode().put("tileUrl", tileUrl.orElse(null))
                .put("tokenRequired", tokenRequired).toString().getBytes(StandardCharsets.UTF_8);
        this.config = new File(settings, TYPES.get("json"), "\"" + sha256(settings) + "\"");
    }

    /** No files: every path is left to the other routes. */
    public static StaticFiles none() {
        return new StaticFiles(null, Optional.empty(), false);
    }

    /**
     * The console, whose {@code /console/config.json} tells the page the tile URL and whether to ask
     * for the API token before its first request.
     *
     * @param tileUrl the map's tile URL template, whose origin may serve images; empty: none
     */
    public static StaticFiles console(Optional<String> tileUrl, boolean tokenRequired) {
        return new StaticFiles(StaticFiles.class.getClassLoader(), tileUrl, tokenRequired);
    }

    static String origin(String url) {
        URI uri = URI.create(url.replace("{", "%7B").replace("}", "%7D"));
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static String policy(String imageOrigin) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"
                + (imageOrigin.isEmpty() ? "" : " " + imageOrigin)
                + "; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none';"
                + " frame-ancestors 'none'";
    }

    /** The headers every answer of the server carries: a self-only policy and no content sniffing. */
    static void secure(HttpExchange exchange) {
        exchange.getResponseHeaders().set("Content-Security-Policy", SELF_ONLY);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
    }

    boolean serves(String path) {
        return loader != null && (path.equals("/") || path.startsWith(PREFIX));
    }

    void respond(HttpExchange exchange, String method) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Optional<File> file = find(path.equals("/") ? "index.html" : path.substring(PREFIX.length()));
        if (file.isEmpty()) {
            HttpApi.send(exchange, method, HttpApi.Reply.text(404, "not found\n"));
            return;
        }
        File f = file.get();
        secure(exchange);
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Security-Policy", policy);
        headers.set("Content-Type", f.type());
        headers.set("ETag", f.etag());
        headers.set("Cache-Control", path.startsWith(PREFIX + "vendor/") ? "public, max-age=86400" : "no-cache");
        if (f.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        if (method.equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, f.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(f.body());
        }
    }

    private Optional<File> find(String relative) {
        if (relative.equals("config.json")) {
            return Optional.of(config);
        }
        if (!SAFE_PATH.matcher(relative).matches()) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(relative, this::load);
    }

    private Optional<File> load(String relative) {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        // without an extension only licence files: a folder's name must not list the folder
        String type = TYPES.get(dot < 0 ? (name.equals("LICENSE") ? "" : "none") : name.substring(dot + 1));
        if (type == null) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(ROOT + relative)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] body = in.readAllBytes();
            return Optional.of(new File(body, type, "\"" + sha256(body) + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
