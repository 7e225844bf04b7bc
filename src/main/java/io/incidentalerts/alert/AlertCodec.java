package io.incidentalerts.alert;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.data.PojoCloudEventData;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.jackson.PojoCloudEventDataMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Alerts on the wire: CloudEvents 1.0 in structured mode (one JSON document with the attributes and
 * {@code data}). The event id is derived from the incident id and version, so a replay yields the same
 * id and consumers can de-duplicate.
 */
public final class AlertCodec {

    public static final String EVENT_TYPE = "io.incidentalerts.incident.alert.v1";
    public static final URI SOURCE = URI.create("/incident-alerts");

    private static final JsonFormat FORMAT = new JsonFormat();
    private static final PojoCloudEventDataMapper<AlertData> DATA =
            PojoCloudEventDataMapper.from(Json.MAPPER, AlertData.class);

    private AlertCodec() {
    }

    public static byte[] encode(AlertData alert) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(eventId(alert))
                .withSource(SOURCE)
                .withType(EVENT_TYPE)
                .withSubject(alert.incidentId())
                .withTime(alert.detectedAt().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(PojoCloudEventData.wrap(alert, Json.MAPPER::writeValueAsBytes))
                .build();
        return FORMAT.serialize(event);
    }

    public static CloudEvent decodeEvent(byte[] bytes) {
        return FORMAT.deserialize(bytes);
    }

    public static AlertData decode(byte[] bytes) {
        return DATA.map(decodeEvent(bytes).getData()).getValue();
    }

    static String eventId(AlertData alert) {
        return UUID.nameUUIDFromBytes(("alert:" + alert.incidentId() + ":" + alert.version()).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
