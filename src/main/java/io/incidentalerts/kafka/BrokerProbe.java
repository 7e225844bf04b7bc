package io.incidentalerts.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Asks the cluster who its brokers are every few seconds. Kafka Streams stays RUNNING while the
 * brokers are away, so readiness needs this second opinion to say when the service cannot work.
 */
public final class BrokerProbe implements AutoCloseable {

    private static final Duration INTERVAL = Duration.ofSeconds(2);
    private static final Duration STALE_AFTER = Duration.ofSeconds(7);

    private final Admin admin;
    private final ScheduledExecutorService timer;
    private volatile long lastSuccessNanos;

    public BrokerProbe(Map<String, Object> adminProps) {
        this.admin = Admin.create(adminProps);
        this.lastSuccessNanos = System.nanoTime();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "broker-probe");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::probe, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void probe() {
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) INTERVAL.toMillis()))
                    .nodes().get(INTERVAL.toMillis() + 500, TimeUnit.MILLISECONDS);
            lastSuccessNanos = System.nanoTime();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** True while the cluster answered within the last few seconds. */
    public boolean reachable() {
        return System.nanoTime() - lastSuccessNanos < STALE_AFTER.toNanos();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        admin.close(Duration.ofSeconds(2));
    }
}
