package io.incidentalerts.classifier;

/**
 * The classifier failed on one article (a rule bug, a stack overflow on hostile text). Carries the
 * article id and the original failure as its cause, never the article text. The caller decides what
 * a failure means: the topology dead-letters the record, the offline commands report it.
 */
public final class ClassifierException extends RuntimeException {

    private final String articleId;

    public ClassifierException(String articleId, Throwable failure) {
        super("classifier failed on article " + articleId + ": " + failure.getClass().getName(), failure);
        this.articleId = articleId;
    }

    public String articleId() {
        return articleId;
    }

    /** The class of the original failure, e.g. {@code java.lang.StackOverflowError}. */
    public Class<? extends Throwable> failure() {
        return getCause().getClass();
    }
}
