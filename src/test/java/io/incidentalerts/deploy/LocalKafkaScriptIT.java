package io.incidentalerts.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
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

    private static int port;
    private static int controllerPort;

    @BeforeAll
    static void pickPorts() throws IOException {
        try (ServerSocket a = new ServerSocket(0); ServerSocket b = new ServerSocket(0)) {
            port = a.getLocalPort();
            controllerPort = b.getLocalPort();
        }
    }

    @AfterAll
    static void stopEvenAfterAFailure() throws Exception {
        script("stop");
    }

    @Test
    void startsAUsableBrokerAndStopsIt() throws Exception {
        Result started = script("start");
        assertThat(started.exit).as(started.output).isZero();
        assertThat(started.output).contains("running").contains("localhost:" + port);
        assertThat(script("status").exit).isZero();
        assertThat(script("start").output).as("a second start is a no-op").contains("already running");

        String bootstrap = "localhost:" + port;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic("it.local", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("it.local");
        }
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("it.local", "k", "hello")).get(30, TimeUnit.SECONDS);
        }
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", bootstrap),
                new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition("it.local", 0);
            consumer.assign(Set.of(partition));
            consumer.seekToBeginning(Set.of(partition));
            List<String> values = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    values.add(r.value());
                }
            }
            assertThat(values).containsExactly("hello");
        }

        Result stopped = script("stop");
        assertThat(stopped.exit).as(stopped.output).isZero();
        assertThat(script("status").exit).isEqualTo(3);
        assertThatThrownBy(() -> new Socket("localhost", port).close()).isInstanceOf(ConnectException.class);
    }

    private record Result(int exit, String output) {
    }

    private static Result script(String command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of("deploy", "local-kafka.sh").toAbsolutePath().toString(), command)
                .redirectErrorStream(true);
        pb.environment().put("PORT", Integer.toString(port));
        pb.environment().put("CONTROLLER_PORT", Integer.toString(controllerPort));
        pb.environment().remove("DATA_DIR");
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("local-kafka.sh " + command + " hung: " + output);
        }
        return new Result(process.exitValue(), output);
    }
}
