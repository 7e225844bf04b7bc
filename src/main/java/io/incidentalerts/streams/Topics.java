package io.incidentalerts.streams;

import io.incidentalerts.alert.AlertData;
import io.incidentalerts.alert.Json;
import io.incidentalerts.config.TopicNames;
import io.incidentalerts.identity.IncidentState;
import io.incidentalerts.identity.KnownIncident;
import io.incidentalerts.surge.RegionStats;
import io.incidentalerts.surge.RegionalIncident;
import io.incidentalerts.surge.SurgeCodec;
import io.incidentalerts.surge.SurgeData;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The one place that says which topics exist and how their keys and values are (de)serialised: the
 * service's own topics (names from the settings) and Kafka Streams' internal ones, the repartition
 * topics and the stores whose changelogs are {@code <application.id>-<store>-changelog}.
 */
public final class Topics {

    /** Repartition topic that regroups incident articles by country ({@code <application.id>-incidents-by-country-repartition}). */
    public static final String INCIDENTS_BY_COUNTRY = "incidents-by-country";
    /** Repartition topic that regroups new located incidents by {@code region/category}. */
    public static final String INCIDENTS_BY_REGION = "incidents-by-region";
    /** Store of known incidents by {@code country|lastSeen|incidentId}: what identity matching scans. */
    public static final String INCIDENT_INDEX_STORE = "incident-index";
    /** Store of incident counts per {@code region/category|window|start}. */
    public static final String REGION_COUNTS_STORE = "region-counts";
    /** Store of each incident's latest state, by incident id: what the query API reads. */
    public static final String STATE_STORE = "incident-states";

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
        return new Topic<>(names.state(), incidentIdSerde(), stateSerde);
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

    /** Keys of the alert, state and index topics and stores: the incident id as UTF-8. */
    public static Serde<String> incidentIdSerde() {
        return Serdes.String();
    }

    /**
     * Incident articles keyed by {@link Sighting#partitionKey()} (country code, else a bucket of unlocated
     * ones), values CBOR {@link Sighting}. Internal formats (this, the region repartition, the index
     * store) are CBOR: changing them needs a new application id or an application reset (docs/benchmarks.md).
     */
    public static Repartitioned<String, Sighting> incidentsByCountry() {
        return Repartitioned.<String, Sighting>as(INCIDENTS_BY_COUNTRY)
                .withKeySerde(Serdes.String()).withValueSerde(new JsonSerde<>(Sighting.class, Json.CBOR));
    }

    /** New located incidents keyed {@code region/category}, values CBOR {@link RegionalIncident}. */
    public static Repartitioned<String, RegionalIncident> incidentsByRegion() {
        return Repartitioned.<String, RegionalIncident>as(INCIDENTS_BY_REGION)
                .withKeySerde(Serdes.String()).withValueSerde(new JsonSerde<>(RegionalIncident.class, Json.CBOR));
    }

    /** Values CBOR {@link KnownIncident}. */
    public static StoreBuilder<KeyValueStore<String, KnownIncident>> incidentIndexStore() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(INCIDENT_INDEX_STORE), Serdes.String(),
                new JsonSerde<>(KnownIncident.class, Json.CBOR));
    }

    public static StoreBuilder<KeyValueStore<String, Long>> regionCountsStore() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(REGION_COUNTS_STORE), Serdes.String(),
                Serdes.Long());
    }

    /** The state topic materialised as the queryable {@value #STATE_STORE} table. */
    public Materialized<String, IncidentState, KeyValueStore<Bytes, byte[]>> stateTable() {
        return Materialized.<String, IncidentState, KeyValueStore<Bytes, byte[]>>as(STATE_STORE)
                .withKeySerde(incidentIdSerde()).withValueSerde(stateSerde);
    }

    private Topic<String, AlertData> alertTopic(String name) {
        return new Topic<>(name, incidentIdSerde(), alertSerde);
    }
}
