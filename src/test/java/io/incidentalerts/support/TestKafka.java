package io.incidentalerts.support;

import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * A real Kafka broker for integration tests, whichever this machine offers: the cluster named by
 * {@code KAFKA_BOOTSTRAP_SERVERS}; else Testcontainers' Kafka where Docker runs; else a KRaft
 * cluster in this JVM (KafkaClusterTestKit). Tests see only {@link #bootstrapServers()}.
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
