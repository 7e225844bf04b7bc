package io.incidentalerts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

class HealthTest {

    @Test
    void unreachableBrokersMakeARunningServiceUnreadyButNotDead() {
        AtomicBoolean brokers = new AtomicBoolean(true);
        Health health = new Health(() -> KafkaStreams.State.RUNNING, brokers::get);
        assertThat(health.ready()).isTrue();
        brokers.set(false);
        assertThat(health.ready()).isFalse();
        assertThat(health.live()).isTrue();
        assertThat(health.json()).contains("\"brokersReachable\":false");
    }
}
