package io.incidentalerts.streams;

import io.incidentalerts.alert.AlertCodec;
import io.incidentalerts.alert.AlertData;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Alerts as CloudEvents structured-mode JSON. */
public final class AlertSerde implements Serde<AlertData> {

    @Override
    public Serializer<AlertData> serializer() {
        return (topic, alert) -> alert == null ? null : AlertCodec.encode(alert);
    }

    @Override
    public Deserializer<AlertData> deserializer() {
        return (topic, bytes) -> bytes == null ? null : AlertCodec.decode(bytes);
    }
}
