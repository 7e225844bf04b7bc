package io.incidentalerts.live;

import com.sun.net.httpserver.HttpExchange;
import io.incidentalerts.alert.Json;
import io.incidentalerts.http.HttpApi;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * {@code GET /api/incidents/stream}: Server-Sent Events of every alert (NEW, UPDATE) and SURGE the
 * application commits, read by a read_committed consumer of its own that is assigned every partition of
 * the alert and surge topics (no consumer group), so each instance streams what the whole application
 * produces. A fresh stream starts at the end of the alert topic (the page loads what came before from
 * {@code /api/incidents}) and 24 h back in the surge topic; a stream whose request carries
 * {@code Last-Event-ID} resumes just after that event. Idle streams get a heartbeat comment. The JDK
 * server cuts any response after {@value HttpApi#MAX_RESPONSE_SECONDS} s, so a stream ends itself
 * cleanly before that and the client reconnects with the id of the last event it saw.
 */
public final class IncidentStream implements HttpApi.StreamRoute {

    public static final String PATH = "/api/incidents/stream";
    /** How long one stream lasts, below the server's limit on a response. */
    public static final Duration LIFETIME = Duration.ofSeconds(Long.parseLong(HttpApi.MAX_RESPONSE_SECONDS) - 5);
    /** Surges of the last day are replayed to a fresh stream, so a new page shows current banners. */
    static final Duration SURGE_REPLAY = Duration.ofHours(24);
    static final long RETRY_MILLIS = 1000;

    private final Map<String, Object> consumerProps;
    private final String alertTopic;
    private final String surgeTopic;
    private final int maxSubscribers;
    private final Semaphore subscribers;
    private final Duration heartbeat;
    private final Duration lifetime;
    private final Clock clock;
    private final Counter refused;

    /**
     * @param clientProps Kafka client settings (bootstrap servers, security) for the stream's consumers
     */
    public IncidentStream(Map<String, Object> clientProps, String alertTopic, String surgeTopic, int maxSubscribers,
                          Duration heartbeat, Duration lifetime, Clock clock, MeterRegistry registry) {
        this.consumerProps = new HashMap<>(clientProps);
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        consumerProps.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.alertTopic = alertTopic;
        this.surgeTopic = surgeTopic;
        this.maxSubscribers = maxSubscribers;
        this.subscribers = new Semaphore(maxSubscribers);
        this.heartbeat = heartbeat;
        this.lifetime = lifetime.compareTo(LIFETIME) > 0 ? LIFETIME : lifetime;
        this.clock = clock;
        Gauge.builder("incident_alerts_console_streams", () -> maxSubscribers - subscribers.availablePermits())
                .description("Live streams open now").register(registry);
        this.refused = Counter.builder("incident_alerts_console_streams_refused")
                .description("Live stream requests refused because the subscriber limit was reached")
                .register(registry);
    }

    @Override
    public int capacity() {
        return maxSubscribers;
    }

    @Override
    public void respond(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!subscribers.tryAcquire()) {
            refused.increment();
            HttpApi.send(exchange, method, error(503, "at most " + maxSubscribers + " live streams at once"
                    + " (console.stream.max.subscribers); use /api/incidents meanwhile"));
            return;
        }
        try {
            Optional<StreamPosition> from;
            try {
                from = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Last-Event-ID"))
                        .filter(id -> !id.isBlank()).map(StreamPosition::parse);
            } catch (IllegalArgumentException e) {
                HttpApi.send(exchange, method, error(400, e.getMessage()));
                return;
            }
            stream(exchange, method, from);
        } finally {
            subscribers.release();
        }
    }

    private void stream(HttpExchange exchange, String method, Optional<StreamPosition> from) throws IOException {
        Map<String, Object> props = new HashMap<>(consumerProps);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "incident-stream-" + UUID.randomUUID());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            StreamPosition position;
            try {
                List<TopicPartition> alerts = partitions(consumer, alertTopic);
                List<TopicPartition> surges = partitions(consumer, surgeTopic);
                List<TopicPartition> all = new ArrayList<>(alerts);
                all.addAll(surges);
                consumer.assign(all);
                position = from.isPresent() ? seek(consumer, alerts, surges, from.get()) : seekFresh(consumer, alerts, surges);
            } catch (KafkaException e) {
                HttpApi.send(exchange, method, error(503, "the brokers do not answer: " + e.getMessage()));
                return;
            }
            var headers = exchange.getResponseHeaders();
            headers.set("Content-Type", "text/event-stream; charset=utf-8");
            headers.set("Cache-Control", "no-store");
            headers.set("X-Accel-Buffering", "no");
            if (method.equals("HEAD")) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, 0);
            SseWriter sse = new SseWriter(exchange.getResponseBody());
            sse.retry(RETRY_MILLIS);
            sse.event("ready", position.id(), Json.MAPPER.createObjectNode()
                    .put("resumed", from.isPresent()).put("position", position.id()).toString());
            sse.flush();
            long end = clock.millis() + lifetime.toMillis();
            long nextHeartbeat = clock.millis() + heartbeat.toMillis();
            while (clock.millis() < end) {
                long wait = Math.max(1, Math.min(nextHeartbeat, end) - clock.millis());
                boolean sent = false;
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(wait))) {
                    boolean surge = r.topic().equals(surgeTopic);
                    position = position.after(surge, r.partition(), r.offset());
                    if (r.value() != null) {
                        sse.event(surge ? "surge" : "alert", position.id(), new String(r.value(), StandardCharsets.UTF_8));
                        sent = true;
                    }
                }
                if (!sent && clock.millis() >= nextHeartbeat) {
                    sse.comment("heartbeat " + clock.instant());
                    sent = true;
                }
                if (sent) {
                    sse.flush();
                    nextHeartbeat = clock.millis() + heartbeat.toMillis();
                }
            }
            sse.comment("end of this stream: reconnect with Last-Event-ID");
            sse.flush();
        } catch (InterruptException e) {
            // the server is stopping
        } catch (KafkaException e) {
            // the brokers stopped answering mid-stream: it ends, and the client reconnects after its retry
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        List<TopicPartition> out = new ArrayList<>();
        for (int p = 0; p < (infos == null ? 0 : infos.size()); p++) {
            out.add(new TopicPartition(topic, p));
        }
        return out;
    }

    /** The end of the alert topic, and of the surge topic as it stood {@link #SURGE_REPLAY} ago. */
    private StreamPosition seekFresh(KafkaConsumer<?, ?> consumer, List<TopicPartition> alerts,
                                     List<TopicPartition> surges) {
        consumer.seekToEnd(alerts);
        Map<TopicPartition, Long> since = new HashMap<>();
        surges.forEach(tp -> since.put(tp, clock.millis() - SURGE_REPLAY.toMillis()));
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(since, Duration.ofSeconds(10));
        List<TopicPartition> none = new ArrayList<>();
        for (TopicPartition tp : surges) {
            OffsetAndTimestamp at = found.get(tp);
            if (at == null) {
                none.add(tp);
            } else {
                consumer.seek(tp, at.offset());
            }
        }
        consumer.seekToEnd(none);
        return new StreamPosition(positions(consumer, alerts), positions(consumer, surges));
    }

    /** Just after the event the client saw; partitions the id does not know start at their beginning. */
    private static StreamPosition seek(KafkaConsumer<?, ?> consumer, List<TopicPartition> alerts,
                                       List<TopicPartition> surges, StreamPosition from) {
        seek(consumer, alerts, from.alerts());
        seek(consumer, surges, from.surges());
        return new StreamPosition(positions(consumer, alerts), positions(consumer, surges));
    }

    private static void seek(KafkaConsumer<?, ?> consumer, List<TopicPartition> partitions, List<Long> offsets) {
        for (int p = 0; p < partitions.size(); p++) {
            consumer.seek(partitions.get(p), p < offsets.size() ? offsets.get(p) : 0L);
        }
    }

    private static List<Long> positions(KafkaConsumer<?, ?> consumer, List<TopicPartition> partitions) {
        return partitions.stream().map(tp -> consumer.position(tp, Duration.ofSeconds(10))).toList();
    }

    private static HttpApi.Reply error(int status, String message) {
        return HttpApi.Reply.json(status, Json.MAPPER.createObjectNode().put("error", message).toString());
    }
}
