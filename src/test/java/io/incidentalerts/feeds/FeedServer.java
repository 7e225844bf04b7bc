package io.incidentalerts.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server (the JDK's) for feed tests. {@link #serve} puts a feed at a path, answered with an
 * ETag and 304 to a matching If-None-Match; {@link #failing}, {@link #huge} and {@link #stalled} give
 * the misbehaving feeds. It counts requests and 200s per path.
 */
final class FeedServer implements AutoCloseable {

    private record Feed(byte[] body, String etag, boolean honoursEtag) {
    }

    private final HttpServer server;
    private final Map<String, Feed> feeds = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final Map<String, Long> huge = new ConcurrentHashMap<>();
    private final Map<String, Boolean> stalled = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> notModified = new ConcurrentHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    FeedServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String url(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    /** Serves {@code body} at {@code path} with an ETag; a request naming that ETag gets 304. */
    FeedServer serve(String path, String body) {
        return put(path, body.getBytes(StandardCharsets.UTF_8), true);
    }

    FeedServer serve(String path, byte[] body) {
        return put(path, body, true);
    }

    /** Serves {@code body} with no validators at all, always 200: a server that ignores conditional GET. */
    FeedServer serveIgnoringValidators(String path, String body) {
        return put(path, body.getBytes(StandardCharsets.UTF_8), false);
    }

    private FeedServer put(String path, byte[] body, boolean honours) {
        feeds.put(path, new Feed(body, "\"" + Arrays.hashCode(body) + "\"", honours));
        return this;
    }

    /** Answers {@code status} with a short error page. */
    FeedServer failing(String path, int status) {
        failures.put(path, status);
        return this;
    }

    /** Answers 200 and streams {@code bytes} bytes of an endless-looking RSS document. */
    FeedServer huge(String path, long bytes) {
        this.huge.put(path, bytes);
        return this;
    }

    /** Answers 200, sends the start of a feed, then sends nothing more until the server closes. */
    FeedServer stalled(String path) {
        stalled.put(path, true);
        return this;
    }

    int requests(String path) {
        return requests.computeIfAbsent(path, p -> new AtomicInteger()).get();
    }

    int notModified(String path) {
        return notModified.computeIfAbsent(path, p -> new AtomicInteger()).get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        try (exchange) {
            Integer status = failures.get(path);
            if (status != null) {
                send(exchange, status, "<html><body>server error</body></html>".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (huge.containsKey(path)) {
                streamHuge(exchange, huge.get(path));
                return;
            }
            if (stalled.containsKey(path)) {
                exchange.sendResponseHeaders(200, 0);
                exchange.getResponseBody().write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                        .getBytes(StandardCharsets.UTF_8));
                exchange.getResponseBody().flush();
                closing.await(5, TimeUnit.MINUTES);
                return;
            }
            Feed feed = feeds.get(path);
            if (feed == null) {
                send(exchange, 404, new byte[0]);
                return;
            }
            if (feed.honoursEtag()) {
                exchange.getResponseHeaders().set("ETag", feed.etag());
                if (feed.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    notModified.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
            }
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            send(exchange, 200, feed.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client went away (a fetch over its limit or its time): nothing to answer.
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static void streamHuge(HttpExchange exchange, long total) throws IOException {
        exchange.sendResponseHeaders(200, total);
        OutputStream out = exchange.getResponseBody();
        byte[] head = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>huge</title>"
                .getBytes(StandardCharsets.UTF_8);
        out.write(head);
        byte[] chunk = "<!-- padding padding padding padding padding padding padding -->\n".repeat(1000)
                .getBytes(StandardCharsets.UTF_8);
        long left = total - head.length;
        while (left > 0) {
            int n = (int) Math.min(chunk.length, left);
            out.write(chunk, 0, n);
            left -= n;
        }
    }

    static String resource(String name) {
        try (InputStream in = FeedServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
