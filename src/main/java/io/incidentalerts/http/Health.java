package io.incidentalerts.http;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Liveness and readiness. Live unless the Kafka Streams client has failed or stopped. Ready only
 * while it is RUNNING (not while starting, rebalancing or restoring) and the brokers answer: Streams
 * stays RUNNING through a broker outage, waiting, and cannot do its work meanwhile.
 */
public final class Health {

    private final Supplier<KafkaStreams.State> state;
    private final BooleanSupplier brokersReachable;

    public Health(Supplier<KafkaStreams.State> state, BooleanSupplier brokersReachable) {
        this.state = state;
        this.brokersReachable = brokersReachable;
    }

    /** Readiness from the Streams state alone. */
    public Health(Supplier<KafkaStreams.State> state) {
        this(state, () -> true);
    }

    public KafkaStreams.State state() {
        return state.get();
    }

    public boolean live() {
        KafkaStreams.State s = state.get();
        return s != KafkaStreams.State.ERROR && s != KafkaStreams.State.NOT_RUNNING;
    }

    public boolean ready() {
        return state.get() == KafkaStreams.State.RUNNING && brokersReachable.getAsBoolean();
    }

    String json() {
        return "{\"state\":\"" + state.get() + "\",\"live\":" + live() + ",\"ready\":" + ready()
                + ",\"brokersReachable\":" + brokersReachable.getAsBoolean() + "}";
    }
}
