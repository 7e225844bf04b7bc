package io.incidentalerts.feeds;

/** The connector's per-feed metrics, as documented in the README. */
public enum FeedMetric {
    FETCHES("feed-fetches-total", "Fetches that got an answer or failed"),
    NOT_MODIFIED("feed-not-modified-total", "Fetches answered 304, or 200 with the body of the last fetch"),
    FETCH_ERRORS("feed-fetch-errors-total", "Fetches that failed: HTTP error, timeout, body over the limit, no connection"),
    PARSE_ERRORS("feed-parse-errors-total", "Bodies that were no readable RSS or Atom feed"),
    ITEMS_NEW("feed-items-new-total", "Items published for the first time"),
    ITEMS_REPEATED("feed-items-repeated-total", "Items skipped because their key was published before"),
    ITEMS_EMPTY("feed-items-empty-total", "Items skipped because they had neither title nor text"),
    LAST_SUCCESS("feed-last-success-timestamp-ms", "When the feed last answered well (epoch ms, 0 = never)"),
    CONSECUTIVE_FAILURES("feed-consecutive-failures", "Failures since the last good answer");

    private final String metric;
    private final String description;

    FeedMetric(String metric, String description) {
        this.metric = metric;
        this.description = description;
    }

    /** The metric's name in JMX (an attribute of the feed's MBean). */
    public String metric() {
        return metric;
    }

    public String description() {
        return description;
    }
}
