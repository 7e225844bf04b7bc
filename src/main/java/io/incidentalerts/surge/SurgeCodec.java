package io.incidentalerts.surge;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.data.PojoCloudEventData;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.jackson.PojoCloudEventDataMapper;
import io.incidentalerts.alert.AlertCodec;
import io.incidentalerts.alert.Json;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.UUID;

/** SURGE alerts on the wire: CloudEvents 1.0 structured JSON, a type of their own. */
public final class SurgeCodec {

    public static final String EVENT_TYPE = "io.incidentalerts.region.surge.v1";

    private static final JsonFormat FORMAT = new JsonFormat();
    private static final PojoCloudEventDataMapper<SurgeData> DATA =
            PojoCloudEventDataMapper.from(Json.MAPPER, SurgeData.class);

    private SurgeCodec() {
    }

    public static byte[] encode(SurgeData surge) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(eventId(surge))
                .withSource(AlertCodec.SOURCE)
                .withType(EVENT_TYPE)
                .withSubject(subject(surge))
                .withTime(surge.detectedAt().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(PojoCloudEventData.wrap(surge, Json.MAPPER::writeValueAsBytes))
                .build();
        return FORMAT.serialize(event);
    }

    public static SurgeData decode(byte[] bytes) {
        return DATA.map(FORMAT.deserialize(bytes).getData()).getValue();
    }

    /** One surge per region, category and window: a replay yields the same id. */
    static String eventId(SurgeData s) {
        return UUID.nameUUIDFromBytes(("surge:" + subject(s) + ":" + s.windowStart())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static String subject(SurgeData s) {
        return s.region() + "/" + s.category();
    }
}
