package io.incidentalerts.feeds;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit: past it, or when {@link #abort} is called (the fetch took too
 * long), it stops reading, cancels the transfer, and fails with the reason.
 */
final class LimitedBody implements BodySubscriber<byte[]> {

    /** Thrown inside the body future when the limit is passed. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long limit) {
            super("body larger than " + limit + " bytes");
        }
    }

    private final long limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private boolean cancelled;

    LimitedBody(long limit) {
        this.limit = limit;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (cancelled) {
            s.cancel();
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> buffers) {
        if (cancelled) {
            return;
        }
        for (ByteBuffer b : buffers) {
            if (bytes.size() + (long) b.remaining() > limit) {
                fail(new TooLarge(limit));
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            bytes.writeBytes(chunk);
        }
    }

    @Override
    public synchronized void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public synchronized void onComplete() {
        if (!cancelled) {
            result.complete(bytes.toByteArray());
        }
    }

    /** Stops the transfer (a fetch over its time); the body future fails with {@code why}. */
    synchronized void abort(RuntimeException why) {
        fail(why);
    }

    private void fail(RuntimeException why) {
        cancelled = true;
        if (subscription != null) {
            subscription.cancel();
        }
        result.completeExceptionally(why);
    }
}
