package io.incidentalerts.streams;

import io.incidentalerts.config.AppConfig;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/** Kafka Streams settings derived from the service configuration. */
public final class StreamsProperties {

    private StreamsProperties() {
    }

    public static Properties of(AppConfig config, PipelineListener listener) {
        return of(config, listener, null);
    }

    /** @param applicationServer host:port where other instances reach this one's query API; null: none */
    public static Properties of(AppConfig config, PipelineListener listener, String applicationServer) {
        Properties p = new Properties();
        // Pass-through first, so the service's own guarantees below cannot be switched off by accident.
        p.putAll(config.kafka());
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers()
                .orElseThrow(() -> new IllegalStateException("no bootstrap servers")));
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.STATE_DIR_CONFIG, config.streamsStateDir().toString());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.streamThreads());
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) config.topicReplication());
        p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        p.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, IncidentTopology.OPTIMIZATION);
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        // Global stores and tables (none today) would dead-letter their failures too, as Kafka 5.0 will by
        // default. The partition assignor builds its own StreamsConfig from the main consumer's settings,
        // so the consumer gets the flag as well; without it Kafka warns on every start that it is off.
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        p.put(StreamsConfig.mainConsumerPrefix(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG), true);
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, config.topics().deadLetter());
        p.put(DeadLetters.LISTENER_CONFIG, listener);
        // Dead letters carry the original record, which may be as large as the input topic allows.
        p.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG),
                config.topicMaxMessageBytes() + 64 * 1024);
        if (applicationServer != null) {
            p.put(StreamsConfig.APPLICATION_SERVER_CONFIG, applicationServer);
        }
        config.groupInstanceId().ifPresent(id ->
                p.put(StreamsConfig.consumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), id));
        return p;
    }
}
