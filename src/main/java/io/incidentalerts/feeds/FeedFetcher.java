package io.incidentalerts.feeds;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fetches feeds over HTTP without blocking a thread for each: a conditional GET (ETag,
 * If-Modified-Since), a whole-fetch deadline (connecting, headers and body together) and a body limit.
 * Every fetch ends in a {@link FetchResult}; none throws.
 */
final class FeedFetcher implements AutoCloseable {

    private final HttpClient client;
    private final Duration timeout;
    private final int maxBytes;
    private final String userAgent;

    FeedFetcher(Duration timeout, int maxBytes, String userAgent) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.userAgent = userAgent;
    }

    CompletableFuture<FetchResult> fetch(String url, String etag, String lastModified) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET()
                    .header("User-Agent", userAgent)
                    .header("Accept", "application/rss+xml, application/atom+xml, application/rdf+xml, "
                            + "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
            if (etag != null) {
                request.header("If-None-Match", etag);
            }
            if (lastModified != null) {
                request.header("If-Modified-Since", lastModified);
            }
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new FetchResult.Failed("bad URL: " + e.getMessage()));
        }
        AtomicReference<LimitedBody> body = new AtomicReference<>();
        HttpResponse.BodyHandler<byte[]> handler = info -> {
            LimitedBody b = new LimitedBody(maxBytes);
            body.set(b);
            return b;
        };
        return client.sendAsync(request.build(), handler)
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .handle((response, error) -> {
                    if (error == null) {
                        return result(response);
                    }
                    Throwable cause = error instanceof CompletionException && error.getCause() != null
                            ? error.getCause() : error;
                    if (cause instanceof TimeoutException) {
                        LimitedBody b = body.get();
                        if (b != null) {
                            b.abort(new IllegalStateException("timed out"));
                        }
                        return new FetchResult.Failed("no complete answer within " + timeout.toMillis() + " ms");
                    }
                    return new FetchResult.Failed(describe(cause));
                });
    }

    private static FetchResult result(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status == 304) {
            return new FetchResult.NotModified();
        }
        if (status != 200) {
            return new FetchResult.Failed("HTTP " + status);
        }
        return new FetchResult.Fetched(response.body(),
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
    }

    private static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root
                && !(root instanceof LimitedBody.TooLarge)) {
            root = root.getCause();
        }
        String message = root.getMessage();
        // Messages of the HTTP client may quote the URL; the caller redacts the whole reason anyway.
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    @Override
    public void close() {
        // HttpClient is AutoCloseable only from Java 21; its threads end when it is unreachable.
    }
}
