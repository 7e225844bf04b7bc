package io.incidentalerts.article;

/** An input record that is not a usable article; carries the reason for the dead-letter topic. */
public class InvalidArticleException extends RuntimeException {

    private final RejectReason reason;

    public InvalidArticleException(RejectReason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }
}
