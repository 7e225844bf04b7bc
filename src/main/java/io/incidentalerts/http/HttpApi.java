package io.incidentalerts.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The service's read-only HTTP endpoints on the JDK's built-in server: health, metrics, the topology,
 * the routes the service adds (the query API, the live stream) and the console's static files. GET and
 * HEAD only; request bodies are refused; unknown paths are 404. Every answer carries the console's
 * Content-Security-Policy, so nothing the server sends can load from another origin.
 */
public final class HttpApi implements AutoCloseable {

    /** A response: status, content type and body. */
    public record Reply(int status, String contentType, String body) {
        static Reply text(int status, String body) {
            return new Reply(status, "text/plain; charset=utf-8", body);
        }

        public static Reply json(int status, String body) {
            return new Reply(status, "application/json", body);
        }
    }

    /** Seconds a client may take to send its request, and the server to send its answer. */
    static final String MAX_REQUEST_SECONDS = "10";
    public static final String MAX_RESPONSE_SECONDS = "30";

    static {
        // The JDK server reads request headers on the handler threads; without a limit a few clients
        // that never finish a request would block the pool, and with it the health probes. These are
        // read once per JVM, when the first server is created, and an explicit -D setting wins.
        setIfAbsent("sun.net.httpserver.maxReqTime", MAX_REQUEST_SECONDS);
        setIfAbsent("sun.net.httpserver.maxRspTime", MAX_RESPONSE_SECONDS);
    }

    private final HttpServer server;
    private final ExecutorService executor;

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private HttpApi(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Answers every request whose path is its prefix or lies under it; sees the whole URI (query string too). */
    public interface PrefixRoute {
        Reply answer(URI uri);
    }

    public static HttpApi start(String bind, int port, Health health, Supplier<String> metrics,
                                Supplier<String> topology) throws IOException {
        return start(bind, port, health, metrics, topology, Map.of(), ApiGuard.open());
    }

    /**
     * @param prefixRoutes extra read-only routes by path prefix, such as the incident query API
     * @param guard        who may call /api/* and how many requests run at once
     */
    /**
     * A long-lived answer that writes its own response (the live stream): it runs outside the
     * in-flight limit, so it bounds its own number of callers; {@link #capacity()} of them at most.
     */
    public interface StreamRoute {
        void respond(HttpExchange exchange) throws IOException;

        int capacity();
    }

    public static HttpApi start(String bind, int port, Health health, Supplier<String> metrics,
                                Supplier<String> topology, Map<String, PrefixRoute> prefixRoutes, ApiGuard guard)
            throws IOException {
        return start(bind, port, health, metrics, topology, prefixRoutes, Map.of(), StaticFiles.none(), guard);
    }

    /**
     * @param streamRoutes long-lived answers by exact path, checked before the prefix routes
     * @param files        static files: the console at {@code /} and under {@code /console/}
     */
    public static HttpApi start(String bind, int port, Health health, Supplier<String> metrics,
                                Supplier<String> topology, Map<String, PrefixRoute> prefixRoutes,
                                Map<String, StreamRoute> streamRoutes, StaticFiles files, ApiGuard guard)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 64);
        Map<String, Supplier<Reply>> routes = Map.of(
                "/health/live", () -> health.live() ? Reply.json(200, health.json()) : Reply.json(503, health.json()),
                "/health/ready", () -> health.ready() ? Reply.json(200, health.json()) : Reply.json(503, health.json()),
                "/metrics", () -> new Reply(200, "text/plain; version=0.0.4; charset=utf-8", metrics.get()),
                "/api/topology", () -> Reply.text(200, topology.get()));
        server.createContext("/", exchange -> handle(exchange, routes, prefixRoutes, streamRoutes, files, guard));
        // Each open stream holds a thread for its whole life: four more serve everything else.
        int threads = 4 + streamRoutes.values().stream().mapToInt(StreamRoute::capacity).sum();
        ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "http-api");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.start();
        return new HttpApi(server, executor);
    }

    public URI address() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "localhost" : a.getHostString();
        return URI.create("http://" + host + ":" + a.getPort());
    }

    private static void handle(HttpExchange exchange, Map<String, Supplier<Reply>> routes,
                               Map<String, PrefixRoute> prefixRoutes, Map<String, StreamRoute> streamRoutes,
                               StaticFiles files, ApiGuard guard) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            boolean allowed = guard.allows(path, exchange.getRequestHeaders().getFirst("Authorization"));
            StreamRoute stream = streamRoutes.get(path);
            if (stream != null) {
                Reply refused = allowed ? refusal(exchange, method) : unauthorized(exchange);
                if (refused != null) {
                    send(exchange, method, refused);
                } else {
                    stream.respond(exchange);
                }
                return;
            }
            if (!guard.tryEnter()) {
                send(exchange, method, Reply.text(503, "too many requests in flight\n"));
                return;
            }
            try {
                Reply refused = allowed ? refusal(exchange, method) : unauthorized(exchange);
                if (refused == null && files.serves(path)) {
                    files.respond(exchange, method);
                    return;
                }
                send(exchange, method, refused != null ? refused : answer(exchange.getRequestURI(), routes, prefixRoutes));
            } finally {
                guard.leave();
            }
        }
    }

    private static Reply unauthorized(HttpExchange exchange) {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"incident-alerts\"");
        return Reply.text(401, "a bearer token is required for /api/\n");
    }

    /** The refusal of a request that is not a plain read (405, 413), or null. */
    private static Reply refusal(HttpExchange exchange, String method) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            return Reply.text(405, "method not allowed\n");
        }
        if (hasBody(exchange)) {
            return Reply.text(413, "request bodies are not accepted\n");
        }
        return null;
    }

    private static Reply answer(URI uri, Map<String, Supplier<Reply>> routes, Map<String, PrefixRoute> prefixRoutes) {
        String path = uri.getPath();
        Supplier<Reply> route = routes.get(path);
        if (route != null) {
            return route.get();
        }
        for (Map.Entry<String, PrefixRoute> prefix : prefixRoutes.entrySet()) {
            if (path.equals(prefix.getKey()) || path.startsWith(prefix.getKey() + "/")) {
                return prefix.getValue().answer(uri);
            }
        }
        return Reply.text(404, "not found\n");
    }

    private static boolean hasBody(HttpExchange exchange) {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        return (length != null && !length.equals("0")) || exchange.getRequestHeaders().containsKey("Transfer-Encoding");
    }

    /** Sends a reply of its own; for the stream's refusals (503, 400) before it starts. */
    public static void send(HttpExchange exchange, String method, Reply reply) throws IOException {
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        StaticFiles.secure(exchange);
        if (method.equals("HEAD")) {
            exchange.sendResponseHeaders(reply.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
