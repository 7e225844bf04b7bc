package io.incidentalerts.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentalerts.alert.Json;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Publishes raw article records to the input topic, keyed by article id where one can be read. */
public final class ArticlePublisher implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;
    private final String topic;
    private final Object servers;
    private final Object maxBlockMs;

    public ArticlePublisher(Map<String, ?> clientProps, String topic) {
        Map<String, Object> props = new HashMap<>(clientProps);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        this.producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
        this.topic = topic;
        this.servers = props.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG);
        this.maxBlockMs = props.getOrDefault(ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000);
    }

    /**
     * Sends every record and waits until all are acknowledged. A topic the cluster does not know fails
     * once, after {@code max.block.ms}, not once per record.
     */
    public int publishAll(List<byte[]> records) throws InterruptedException, ExecutionException {
        try {
            producer.partitionsFor(topic);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Topic " + topic + " not found on " + servers + " within "
                    + maxBlockMs + " ms (max.block.ms)", e);
        }
        List<Future<RecordMetadata>> sent = records.stream()
                .map(value -> producer.send(new ProducerRecord<>(topic, keyOf(value), value)))
                .toList();
        producer.flush();
        for (Future<RecordMetadata> f : sent) {
            f.get();
        }
        return sent.size();
    }

    /** The article id as key keeps copies of one article on one partition; unreadable records get none. */
    static byte[] keyOf(byte[] value) {
        try {
            JsonNode id = Json.MAPPER.readTree(value).get("id");
            return id != null && id.isTextual() ? id.textValue().getBytes(StandardCharsets.UTF_8) : null;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
