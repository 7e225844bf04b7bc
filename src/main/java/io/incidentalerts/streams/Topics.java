package io.incidentalerts.streams;

import io.incidentalerts.alert.AlertData;
import io.incidentalerts.config.TopicNames;
import io.incidentalerts.identity.IncidentState;
import io.incidentalerts.surge.RegionStats;
import io.incidentalerts.surge.SurgeCodec;
import io.incidentalerts.surge.SurgeData;
import org.apache.kafka.common.serialization.Serdes;

/** The one place that says which topics exist and how their keys and values are (de)serialised. */
public final class Topics {

    private final TopicNames names;
    private final Topic<byte[], byte[]> input;
    private final Topic<byte[], byte[]> deadLetter;
    private final AlertSerde alertSerde = new AlertSerde();
    private final JsonSerde<IncidentState> stateSerde = new JsonSerde<>(IncidentState.class);

    public Topics(TopicNames names) {
        this.names = names;
        this.input = new Topic<>(names.input(), Serdes.ByteArray(), Serdes.ByteArray());
        this.deadLetter = new Topic<>(names.deadLetter(), Serdes.ByteArray(), Serdes.ByteArray());
    }

    public TopicNames names() {
        return names;
    }

    /**
     * Articles in: key opaque bytes, value JSON (schema {@code schema/article.schema.json}). Read as raw
     * bytes so that validation happens in the topology, where a failure dead-letters the record.
     */
    public Topic<byte[], byte[]> input() {
        return input;
    }

    /** All alerts: key incident id, value a CloudEvent (schema {@code schema/alert-event.schema.json}). */
    public Topic<String, AlertData> alerts() {
        return alertTopic(names.alerts());
    }

    public Topic<String, AlertData> critical() {
        return alertTopic(names.critical());
    }

    public Topic<String, AlertData> region(String region) {
        return alertTopic(names.regionTopic(region));
    }

    /** Latest state per incident, compacted: key incident id, value JSON {@link IncidentState}; null once expired. */
    public Topic<String, IncidentState> state() {
        return new Topic<>(names.state(), Serdes.String(), stateSerde);
    }

    /** Counts of new incidents per region and category and window: key {@code region/category}, value JSON {@link RegionStats}. */
    public Topic<String, RegionStats> stats() {
        return new Topic<>(names.stats(), Serdes.String(), new JsonSerde<>(RegionStats.class));
    }

    /** SURGE alerts: key {@code region/category}, value a CloudEvent of type {@value SurgeCodec#EVENT_TYPE}. */
    public Topic<String, SurgeData> surges() {
        return new Topic<>(names.surges(), Serdes.String(), Serdes.serdeFrom(
                (topic, surge) -> surge == null ? null : SurgeCodec.encode(surge),
                (topic, bytes) -> bytes == null ? null : SurgeCodec.decode(bytes)));
    }

    /** Input records that could not be processed, as they arrived, with reason headers. */
    public Topic<byte[], byte[]> deadLetter() {
        return deadLetter;
    }

    private Topic<String, AlertData> alertTopic(String name) {
        return new Topic<>(name, Serdes.String(), alertSerde);
    }
}
