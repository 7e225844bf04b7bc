package io.incidentalerts.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads an output topic from the start with a read_committed consumer and notes, for every record,
 * its timestamp (Kafka Streams carries the input record's timestamp to its outputs) and the wall-clock
 * time it became readable. Values are not decoded, to keep the probe cheap.
 */
final class OutputProbe implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread thread;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private long[] timestamps = new long[1024];
    private long[] seenAt = new long[1024];
    private int size;

    OutputProbe(Map<String, Object> clientProps, String topic) {
        Map<String, Object> props = new HashMap<>(clientProps);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
        consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(this::poll, "bench-probe-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        try {
            while (running.get()) {
                var records = consumer.poll(Duration.ofMillis(100));
                long now = System.currentTimeMillis();
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    add(r.timestamp(), now);
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    private synchronized void add(long timestamp, long now) {
        if (size == timestamps.length) {
            timestamps = Arrays.copyOf(timestamps, size * 2);
            seenAt = Arrays.copyOf(seenAt, size * 2);
        }
        timestamps[size] = timestamp;
        seenAt[size] = now;
        size++;
        notifyAll();
    }

    /** Records whose timestamp is at or after {@code sinceMs}. */
    synchronized int count(long sinceMs) {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (timestamps[i] >= sinceMs) {
                n++;
            }
        }
        return n;
    }

    /** Waits until {@code expected} records stamped at or after {@code sinceMs} are readable. */
    synchronized boolean await(long sinceMs, int expected, Duration timeout) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (count(sinceMs) < expected) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(Math.min(left, 200));
        }
        return true;
    }

    /** Latencies (readable minus stamped) and the last time one became readable, for records since {@code sinceMs}. */
    synchronized Observed observed(long sinceMs) {
        long[] latencies = new long[count(sinceMs)];
        long last = 0;
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (timestamps[i] >= sinceMs) {
                latencies[n++] = seenAt[i] - timestamps[i];
                last = Math.max(last, seenAt[i]);
            }
        }
        return new Observed(latencies, last);
    }

    record Observed(long[] latenciesMs, long lastSeenMs) {
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        consumer.wakeup();
        thread.join(10_000);
    }
}
