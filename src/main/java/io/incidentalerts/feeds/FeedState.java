package io.incidentalerts.feeds;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * What a task knows of one feed: the keys of the items it has published (hashed, the newest
 * {@code seenMax}), the validators for the next conditional GET, and when to fetch next. Its source
 * offset carries the first two, so a restarted worker neither re-publishes an item nor re-reads an
 * unchanged feed.
 */
final class FeedState {

    static final String PARTITION_KEY = "feed";
    static final String SEEN = "seen";
    static final String ETAG = "etag";
    static final String LAST_MODIFIED = "lastModified";
    static final String BODY_HASH = "bodyHash";

    final String url;
    final String redacted;
    private final int seenMax;
    private final LinkedHashSet<String> seen = new LinkedHashSet<>();
    private String etag;
    private String lastModified;
    private String bodyHash;
    private int failures;
    private Instant dueAt = Instant.EPOCH;
    private boolean inFlight;

    FeedState(String url, int seenMax) {
        this.url = url;
        this.redacted = FeedUrls.redact(url);
        this.seenMax = seenMax;
    }

    /** The source partition: the feed URL without credentials, so none lands in the offsets topic. */
    Map<String, String> partition() {
        return Map.of(PARTITION_KEY, redacted);
    }

    void restore(Map<String, Object> offset) {
        if (offset == null) {
            return;
        }
        Object s = offset.get(SEEN);
        if (s instanceof String keys && !keys.isEmpty()) {
            Arrays.stream(keys.split(" ")).forEach(this::rememberHash);
        }
        etag = (String) offset.get(ETAG);
        lastModified = (String) offset.get(LAST_MODIFIED);
        bodyHash = (String) offset.get(BODY_HASH);
    }

    boolean seen(String key) {
        return seen.contains(Hashes.shortHash(key));
    }

    void remember(String key) {
        rememberHash(Hashes.shortHash(key));
    }

    private void rememberHash(String hash) {
        seen.remove(hash);
        seen.add(hash);
        Iterator<String> oldest = seen.iterator();
        while (seen.size() > seenMax) {
            oldest.next();
            oldest.remove();
        }
    }

    /** Validators and body hash of the last feed body read in full. */
    void validators(String etag, String lastModified, String bodyHash) {
        this.etag = etag;
        this.lastModified = lastModified;
        this.bodyHash = bodyHash;
    }

    /**
     * The source offset as it stands. {@code withValidators} false leaves out the validators: a record
     * that is not the last of a fetch must not let a restart skip the feed body its followers came from.
     */
    Map<String, Object> offset(boolean withValidators) {
        Map<String, Object> o = new HashMap<>();
        o.put(SEEN, String.join(" ", seen));
        if (withValidators) {
            putIfSet(o, ETAG, etag);
            putIfSet(o, LAST_MODIFIED, lastModified);
            putIfSet(o, BODY_HASH, bodyHash);
        }
        return o;
    }

    private static void putIfSet(Map<String, Object> o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    String etag() {
        return etag;
    }

    String lastModified() {
        return lastModified;
    }

    String bodyHash() {
        return bodyHash;
    }

    int failures() {
        return failures;
    }

    boolean due(Instant now) {
        return !inFlight && !now.isBefore(dueAt);
    }

    Instant dueAt() {
        return dueAt;
    }

    void started() {
        inFlight = true;
    }

    void succeeded(Instant next) {
        inFlight = false;
        failures = 0;
        dueAt = next;
    }

    void failed(Instant next) {
        inFlight = false;
        failures++;
        dueAt = next;
    }

    boolean inFlight() {
        return inFlight;
    }
}
