package io.incidentalerts.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The Kafka Streams client state as gauges: a 0/1 readiness flag that matches /health/ready, and
 * one series per state that is 1 for the current state (easier to alert on than the ordinal that
 * Kafka's own client-state metric reports).
 */
public final class StreamsStateMetrics implements MeterBinder {

    public static final String READY = "incident.alerts.ready";
    public static final String STATE = "incident.alerts.streams.state";

    private final Supplier<KafkaStreams.State> state;

    public StreamsStateMetrics(Supplier<KafkaStreams.State> state) {
        this.state = state;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(READY, state, s -> s.get() == KafkaStreams.State.RUNNING ? 1 : 0)
                .description("1 while the Kafka Streams client is RUNNING (what /health/ready reports), else 0")
                .strongReference(true)
                .register(registry);
        for (KafkaStreams.State each : KafkaStreams.State.values()) {
            Gauge.builder(STATE, state, s -> s.get() == each ? 1 : 0)
                    .description("1 for the Kafka Streams client's current state, 0 for the others")
                    .tag("state", each.name())
                    .strongReference(true)
                    .register(registry);
        }
    }
}
