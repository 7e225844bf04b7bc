package io.incidentalerts.article;

/** Why an input record cannot be processed; the dead-letter topic carries it as a header. */
public enum RejectReason {
    /** Larger than {@code max.article.bytes}. */
    TOO_LARGE,
    /** Not valid UTF-8. */
    INVALID_UTF8,
    /** Not one JSON object (syntax error, nesting too deep, duplicate keys, trailing data). */
    NOT_JSON,
    /** No non-empty string {@code id}. */
    MISSING_ID,
    /** Neither a non-empty {@code title} nor a non-empty {@code body}. */
    NO_TEXT,
    /** A field has the wrong type (e.g. a number where text belongs). */
    INVALID_FIELD,
    /** The record was a valid article but the classifier failed on it (a bug, not bad input). */
    CLASSIFIER_ERROR,
    /** The record was valid but another processing step failed on it. */
    PROCESSING_ERROR
}
