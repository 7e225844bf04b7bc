package io.incidentalerts.feeds;

import java.time.Instant;

/**
 * One item of a feed, as the connector publishes it.
 *
 * @param key the item's identity: its GUID (Atom id), else its link; a URL in normalised form
 */
record FeedItem(String key, String url, String source, String title, String body, Instant publishedAt,
                String language) {
}
