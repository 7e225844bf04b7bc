package io.incidentalerts.support;

import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Where every integration test gets its broker. {@link #start()}: a real Kafka broker, whichever this
 * machine offers: the cluster named by {@code KAFKA_BOOTSTRAP_SERVERS}; else Testcontainers' Kafka where
 * Docker runs; else a KRaft cluster in this JVM (KafkaClusterTestKit). Tests see only
 * {@link #bootstrapServers()}. {@link #restartable} and {@link #saslPlain}: an in-process broker the
 * test owns, for the tests that stop the broker or need it to require SASL.
 */
public abstract class TestKafka implements AutoCloseable {

    public abstract String bootstrapServers();

    public abstract String kind();

    @Override
    public abstract void close();

    public static TestKafka start() {
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (external != null && !external.isBlank()) {
            return new External(external);
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return new Container();
        }
        return new InProcess();
    }

    /** An in-process broker the test may stop and restart on the same port with the data in {@code data}. */
    public static OwnBroker restartable(Path data) {
        return new OwnBroker(data, Map.of(), Map.of());
    }

    /**
     * An in-process broker whose client listener requires SASL/PLAIN, with these users and passwords;
     * the first user is the broker's own (inter-broker) identity.
     */
    public static OwnBroker saslPlain(Map<String, String> passwordsByUser) {
        Map.Entry<String, String> self = passwordsByUser.entrySet().iterator().next();
        StringBuilder jaas = new StringBuilder("org.apache.kafka.common.security.plain.PlainLoginModule required"
                + " username=\"" + self.getKey() + "\" password=\"" + self.getValue() + "\"");
        passwordsByUser.forEach((user, password) ->
                jaas.append(" user_").append(user).append("=\"").append(password).append('"'));
        Map<String, String> sasl = Map.of(
                "listener.security.protocol.map", "PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT",
                "sasl.enabled.mechanisms", "PLAIN",
                "sasl.mechanism.inter.broker.protocol", "PLAIN",
                "listener.name.plaintext.plain.sasl.jaas.config", jaas.append(';').toString());
        Map<String, Object> admin = Map.of(
                "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                        + self.getKey() + "\" password=\"" + self.getValue() + "\";");
        return new OwnBroker(null, sasl, admin);
    }

    private static final class External extends TestKafka {
        private final String servers;

        External(String servers) {
            this.servers = servers;
        }

        @Override
        public String bootstrapServers() {
            return servers;
        }

        @Override
        public String kind() {
            return "external cluster " + servers;
        }

        @Override
        public void close() {
        }
    }

    private static final class Container extends TestKafka {
        private final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.0");

        Container() {
            kafka.start();
        }

        @Override
        public String bootstrapServers() {
            return kafka.getBootstrapServers();
        }

        @Override
        public String kind() {
            return "Testcontainers Kafka";
        }

        @Override
        public void close() {
            kafka.stop();
        }
    }

    private static final class InProcess extends TestKafka {
        private final KafkaClusterTestKit cluster;
        private boolean closed;

        InProcess() {
            try {
                KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .setBootstrapMetadataVersion(MetadataVersion.LATEST_PRODUCTION)
                        .build());
                Map.of("offsets.topic.replication.factor", "1",
                        "transaction.state.log.replication.factor", "1",
                        "transaction.state.log.min.isr", "1",
                        "group.initial.rebalance.delay.ms", "0",
                        "auto.create.topics.enable", "false").forEach(builder::setConfigProp);
                cluster = builder.build();
                cluster.format();
                cluster.startup();
                cluster.waitForReadyBrokers();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot start the in-process Kafka cluster", e);
            }
        }

        @Override
        public String bootstrapServers() {
            return cluster.bootstrapServers();
        }

        @Override
        public String kind() {
            return "in-process KRaft cluster (KafkaClusterTestKit)";
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                cluster.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
