package io.incidentalerts.classifier;

import java.time.Instant;

/**
 * A news article as the classifier sees it: plain text (any HTML already removed). Only
 * {@code id} is required; title or body may be null.
 */
public record Article(
        String id,
        String url,
        String source,
        String title,
        String body,
        Instant publishedAt,
        String language) {

    /** The text every evidence offset refers to: title, a blank line, then body. */
    public String analysedText() {
        String t = title == null ? "" : title;
        String b = body == null ? "" : body;
        if (t.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return t;
        }
        return t + "\n\n" + b;
    }
}
