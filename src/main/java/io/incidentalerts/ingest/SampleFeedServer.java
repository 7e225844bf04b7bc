package io.incidentalerts.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Serves the bundled sample feeds ({@value #FOLDER}, listed in its {@code feeds.txt}) on a local port, so
 * that the demo shows the whole path from a feed on the web to an alert.
 */
public final class SampleFeedServer implements AutoCloseable {

    static final String FOLDER = "/feeds/samples/";

    private final HttpServer server;
    private final List<String> names;

    private SampleFeedServer(HttpServer server, List<String> names) {
        this.server = server;
        this.names = names;
    }

    public static SampleFeedServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", SampleFeedServer::answer);
            server.start();
            String list = new String(resource("feeds.txt"), StandardCharsets.UTF_8);
            List<String> names = list.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            return new SampleFeedServer(server, names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL of each sample feed. */
    public List<String> urls() {
        return names.stream().map(n -> "http://localhost:" + server.getAddress().getPort() + "/" + n).toList();
    }

    /** The body of the sample feed at {@code url}. */
    public byte[] body(String url) {
        return resource(url.substring(url.lastIndexOf('/') + 1));
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String name = exchange.getRequestURI().getPath().substring(1);
            byte[] body = name.contains("/") || name.contains("..") ? null : resourceOrNull(name);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".atom") ? "application/atom+xml"
                    : name.endsWith(".rdf") ? "application/rdf+xml" : "application/rss+xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static byte[] resource(String name) {
        byte[] body = resourceOrNull(name);
        if (body == null) {
            throw new IllegalStateException("missing from the classpath: " + FOLDER + name);
        }
        return body;
    }

    private static byte[] resourceOrNull(String name) {
        try (InputStream in = SampleFeedServer.class.getResourceAsStream(FOLDER + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
