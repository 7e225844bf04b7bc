package io.incidentalerts.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * deploy/local-kafka.sh for real: starts a broker on free ports, uses it, stops it.
 * The first run downloads Kafka (~54 MB) into the user's cache through Maven.
 */
class LocalKafkaScriptIT {

    private static LocalKafkaScript kafka;

    @BeforeAll
    static void pickPorts() throws Exception {
        kafka = LocalKafkaScript.onFreePorts();
    }

    @AfterAll
    static void stopEvenAfterAFailure() throws Exception {
        kafka.run("stop");
    }

    @Test
    void startsAUsableBrokerAndStopsIt() throws Exception {
        LocalKafkaScript.Result started = kafka.run("start");
        assertThat(started.exit()).as(started.output()).isZero();
        assertThat(started.output()).contains("running").contains(kafka.bootstrapServers());
        assertThat(kafka.run("status").exit()).isZero();
        assertThat(kafka.run("start").output()).as("a second start is a no-op").contains("already running");

        Map<String, Object> client = Map.of("bootstrap.servers", kafka.bootstrapServers());
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new NewTopic("it.local", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("it.local");
        }
        try (var producer = new KafkaProducer<>(client, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("it.local", "k", "hello")).get(30, TimeUnit.SECONDS);
        }
        try (var consumer = new KafkaConsumer<>(client, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition("it.local", 0);
            consumer.assign(Set.of(partition));
            consumer.seekToBeginning(Set.of(partition));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    values.add(r.value());
                }
            }
            assertThat(values).containsExactly("hello");
        }

        LocalKafkaScript.Result stopped = kafka.run("stop");
        assertThat(stopped.exit()).as(stopped.output()).isZero();
        assertThat(kafka.run("status").exit()).isEqualTo(3);
        assertThatThrownBy(() -> new Socket("localhost", kafka.port).close()).isInstanceOf(ConnectException.class);
    }
}
