package io.incidentalerts.http;

import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Liveness and readiness from the Kafka Streams state. Live unless the client has failed or
 * stopped; ready only while RUNNING (not while starting, rebalancing or restoring).
 */
public final class Health {

    private final Supplier<KafkaStreams.State> state;

    public Health(Supplier<KafkaStreams.State> state) {
        this.state = state;
    }

    public boolean live() {
        KafkaStreams.State s = state.get();
        return s != KafkaStreams.State.ERROR && s != KafkaStreams.State.NOT_RUNNING;
    }

    public boolean ready() {
        return state.get() == KafkaStreams.State.RUNNING;
    }

    String json() {
        return "{\"state\":\"" + state.get() + "\",\"live\":" + live() + ",\"ready\":" + ready() + "}";
    }
}
