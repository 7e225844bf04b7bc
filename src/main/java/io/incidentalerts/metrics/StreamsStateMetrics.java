package io.incidentalerts.metrics;

import io.incidentalerts.http.Health;
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

    private final Health health;
    private final Supplier<KafkaStreams.State> state;

    public StreamsStateMetrics(Health health) {
        this.health = health;
        this.state = health::state;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(READY, health, h -> h.ready() ? 1 : 0)
                .description("1 while the service is ready (what /health/ready reports), else 0")
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
