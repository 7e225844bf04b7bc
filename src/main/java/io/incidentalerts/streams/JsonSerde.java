package io.incidentalerts.streams;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentalerts.alert.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** A record as JSON with the service's one mapper, or as CBOR with its twin; null stays null (tombstones). */
public final class JsonSerde<T> implements Serde<T> {

    private final Class<T> type;
    private final ObjectMapper mapper;

    public JsonSerde(Class<T> type) {
        this(type, Json.MAPPER);
    }

    /** @param mapper {@link Json#MAPPER}, or {@link Json#CBOR} for internal topics and stores only */
    public JsonSerde(Class<T> type, ObjectMapper mapper) {
        this.type = type;
        this.mapper = mapper;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) {
                return null;
            }
            try {
                return mapper.writeValueAsBytes(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return mapper.readValue(bytes, type);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
