package io.incidentalerts.feeds;

/** How one fetch of a feed ended. */
sealed interface FetchResult {

    /** A 200 with the body, and the validators to send next time (either may be null). */
    record Fetched(byte[] body, String etag, String lastModified) implements FetchResult {
    }

    /** 304: the feed has not changed since the validators we sent. */
    record NotModified() implements FetchResult {
    }

    /** Anything else: an HTTP error, a timeout, a body over the limit, a refused connection. */
    record Failed(String reason) implements FetchResult {
    }
}
