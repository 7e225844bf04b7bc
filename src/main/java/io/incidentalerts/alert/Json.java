package io.incidentalerts.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.incidentalerts.identity.IncidentState;

/**
 * The one JSON mapper configuration of the service's outputs: ISO-8601 times, unknown fields tolerated,
 * confidences of alerts and incident states written rounded ({@link RoundedConfidence}).
 */
public final class Json {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(AlertData.class, RoundedConfidenceMixIn.class)
            .addMixIn(IncidentState.class, RoundedConfidenceMixIn.class)
            .build();

    private Json() {
    }

    /** Says how to write the {@code confidence} of the classes it is mixed into. */
    private abstract static class RoundedConfidenceMixIn {
        @JsonSerialize(using = RoundedConfidence.class)
        abstract double confidence();
    }
}
