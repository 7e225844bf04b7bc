package io.incidentalerts.streams;

import io.incidentalerts.article.InvalidArticleException;
import io.incidentalerts.article.RejectReason;
import io.incidentalerts.classifier.ClassifierException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds dead-letter records: the original key and value bytes, with headers that say why and where
 * from. Header names follow Kafka's built-in dead-letter queue (KIP-1034) plus our reason header.
 */
public final class DeadLetters {

    public static final String REASON_HEADER = "incident-alerts.reason";
    public static final String EXCEPTION_HEADER = "__streams.errors.exception";
    public static final String MESSAGE_HEADER = "__streams.errors.message";
    public static final String STACKTRACE_HEADER = "__streams.errors.stacktrace";
    public static final String TOPIC_HEADER = "__streams.errors.topic";
    public static final String PARTITION_HEADER = "__streams.errors.partition";
    public static final String OFFSET_HEADER = "__streams.errors.offset";

    /** Config key under which the service hands its {@link PipelineListener} to the handlers. */
    public static final String LISTENER_CONFIG = "incident-alerts.pipeline.listener";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private final String topic;
    private final PipelineListener listener;

    private DeadLetters(String topic, PipelineListener listener) {
        this.topic = topic;
        this.listener = listener;
    }

    static DeadLetters fromConfig(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        if (topic == null || topic.toString().isBlank()) {
            throw new IllegalStateException(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG + " is not set");
        }
        Object listener = configs.get(LISTENER_CONFIG);
        return new DeadLetters(topic.toString(),
                listener instanceof PipelineListener l ? l : PipelineListener.NONE);
    }

    static RejectReason reasonOf(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidArticleException invalid) {
                return invalid.reason();
            }
            if (t instanceof ClassifierException) {
                return RejectReason.CLASSIFIER_ERROR;
            }
        }
        return RejectReason.PROCESSING_ERROR;
    }

    ProducerRecord<byte[], byte[]> record(byte[] key, byte[] value, ErrorHandlerContext ctx, Exception e) {
        RejectReason reason = reasonOf(e);
        Throwable cause = e instanceof InvalidArticleException ? e : rootCause(e);
        Headers headers = new RecordHeaders();
        headers.add(REASON_HEADER, utf8(reason.name()));
        headers.add(EXCEPTION_HEADER, utf8(cause.getClass().getName()));
        headers.add(MESSAGE_HEADER, utf8(String.valueOf(cause.getMessage())));
        if (reason == RejectReason.PROCESSING_ERROR || reason == RejectReason.CLASSIFIER_ERROR) {
            headers.add(STACKTRACE_HEADER, utf8(stackTrace(cause)));
        }
        headers.add(TOPIC_HEADER, utf8(ctx.topic()));
        headers.add(PARTITION_HEADER, utf8(Integer.toString(ctx.partition())));
        headers.add(OFFSET_HEADER, utf8(Long.toString(ctx.offset())));
        // The message can quote the record, so it goes to the dead-letter headers, never to the log.
        LOG.warn("Dead letter: reason={} source={}-{}@{} exception={}", reason, ctx.topic(), ctx.partition(),
                ctx.offset(), cause.getClass().getSimpleName());
        listener.deadLettered(reason);
        return new ProducerRecord<>(topic, null, key, value, headers);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        String s = out.toString();
        return s.length() > 8192 ? s.substring(0, 8192) : s;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
