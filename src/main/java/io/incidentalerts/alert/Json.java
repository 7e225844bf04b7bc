package io.incidentalerts.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.incidentalerts.identity.IncidentState;

/**
 * The one JSON mapper configuration of the service's outputs (and its CBOR twin for internal data): ISO-8601 times, unknown fields tolerated,
 * confidences of alerts and incident states written rounded ({@link RoundedConfidence}).
 */
public final class Json {

    public static final ObjectMapper MAPPER = common(JsonMapper.builder())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /**
     * The same mapping as CBOR (binary JSON, times as numbers), for what only this service reads: its
     * repartition topics and state stores. About half the bytes of JSON and cheaper to write and parse.
     */
    public static final ObjectMapper CBOR = common(CBORMapper.builder()).build();

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B common(B builder) {
        return builder.addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addMixIn(AlertData.class, RoundedConfidenceMixIn.class)
                .addMixIn(IncidentState.class, RoundedConfidenceMixIn.class);
    }

    private Json() {
    }

    /** Says how to write the {@code confidence} of the classes it is mixed into. */
    private abstract static class RoundedConfidenceMixIn {
        @JsonSerialize(using = RoundedConfidence.class)
        abstract double confidence();
    }
}
