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
 * The service's read-only HTTP endpoints on the JDK's built-in server: health, metrics and the
 * topology. GET and HEAD only; request bodies are refused; unknown paths are 404.
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
    static final String MAX_RESPONSE_SECONDS = "30";

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
    public static HttpApi start(String bind, int port, Health health, Supplier<String> metrics,
                                Supplier<String> topology, Map<String, PrefixRoute> prefixRoutes, ApiGuard guard)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 64);
        Map<String, Supplier<Reply>> routes = Map.of(
                "/health/live", () -> health.live() ? Reply.json(200, health.json()) : Reply.json(503, health.json()),
                "/health/ready", () -> health.ready() ? Reply.json(200, health.json()) : Reply.json(503, health.json()),
                "/metrics", () -> new Reply(200, "text/plain; version=0.0.4; charset=utf-8", metrics.get()),
                "/api/topology", () -> Reply.text(200, topology.get()));
        server.createContext("/", exchange -> handle(exchange, routes, prefixRoutes, guard));
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
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
                               Map<String, PrefixRoute> prefixRoutes, ApiGuard guard) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            Reply reply;
            if (!guard.tryEnter()) {
                send(exchange, method, Reply.text(503, "too many requests in flight\n"));
                return;
            }
            try {
                reply = guard.allows(path, exchange.getRequestHeaders().getFirst("Authorization"))
                        ? route(exchange, method, routes, prefixRoutes)
                        : unauthorized(exchange);
            } finally {
                guard.leave();
            }
            send(exchange, method, reply);
        }
    }

    private static Reply unauthorized(HttpExchange exchange) {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"incident-alerts\"");
        return Reply.text(401, "a bearer token is required for /api/\n");
    }

    private static Reply route(HttpExchange exchange, String method, Map<String, Supplier<Reply>> routes,
                               Map<String, PrefixRoute> prefixRoutes) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            return Reply.text(405, "method not allowed\n");
        }
        if (hasBody(exchange)) {
            return Reply.text(413, "request bodies are not accepted\n");
        }
        return answer(exchange.getRequestURI(), routes, prefixRoutes);
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

    private static void send(HttpExchange exchange, String method, Reply reply) throws IOException {
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
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
