package io.incidentalerts.bench;

import io.incidentalerts.kafka.ArticlePublisher;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * Feeds records to the input topic through {@link ArticlePublisher}, either as fast as the producer
 * takes them or paced at a fixed rate. The producer stamps each record when it is sent, which is
 * where latency is measured from.
 */
final class LoadGenerator {

    /** Pacing granularity: records due in each 10 ms slice go out together. */
    private static final long SLICE_NANOS = 10_000_000L;

    private LoadGenerator() {
    }

    /** @param perSecond offered rate; 0 or less means unpaced */
    static void publish(ArticlePublisher publisher, List<byte[]> records, double perSecond)
            throws InterruptedException, ExecutionException {
        if (perSecond <= 0) {
            publisher.publishAll(records);
            return;
        }
        long start = System.nanoTime();
        int sent = 0;
        while (sent < records.size()) {
            double elapsedSeconds = (System.nanoTime() - start) / 1e9;
            int due = (int) Math.min(records.size(), Math.floor(elapsedSeconds * perSecond) + 1);
            if (due > sent) {
                publisher.publishAll(records.subList(sent, due));
                sent = due;
            }
            long nextSlice = start + ((System.nanoTime() - start) / SLICE_NANOS + 1) * SLICE_NANOS;
            long sleepNanos = nextSlice - System.nanoTime();
            if (sleepNanos > 0 && sent < records.size()) {
                Thread.sleep(sleepNanos / 1_000_000, (int) (sleepNanos % 1_000_000));
            }
        }
    }
}
