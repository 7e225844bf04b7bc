package io.incidentalerts.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.incidentalerts.IncidentService;
import io.incidentalerts.alert.AlertCodec;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.config.AppConfig;
import io.incidentalerts.config.ConfigLoader;
import io.incidentalerts.kafka.ArticlePublisher;
import io.incidentalerts.support.ArticleRecords;
import io.incidentalerts.support.OwnBroker;
import io.incidentalerts.support.TestKafka;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against a broker that requires SASL/PLAIN, the service works with nothing but the standard
 * KAFKA_* variables, and a wrong password stops it at start-up.
 */
class SaslPassThroughIT {

    private static final String JAAS = "org.apache.kafka.common.security.plain.PlainLoginModule required "
            + "username=\"%s\" password=\"%s\";";
    private static OwnBroker broker;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSecuredBroker() {
        Map<String, String> users = new java.util.LinkedHashMap<>();
        users.put("admin", "admin-secret");
        users.put("alerts", "alerts-secret");
        broker = TestKafka.saslPlain(users);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void kafkaVariablesCarrySaslSettingsUnchanged() throws Exception {
        String prefix = "sasl-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        AppConfig config = ConfigLoader.load(null, env("alerts-secret", prefix), Map.of(
                "state.dir", dir.toString(), "http.port", "0"));
        try (IncidentService service = IncidentService.start(config, IncidentClassifier.loadDefault(), Clock.systemUTC());
             ArticlePublisher publisher = new ArticlePublisher(client("alerts", "alerts-secret"), prefix + "articles");
             KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps(),
                     new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            // publish once the topics the service created have settled (see SoakIT)
            Awaitility.await().atMost(Duration.ofSeconds(90))
                    .until(() -> service.state() == KafkaStreams.State.RUNNING);
            publisher.publishAll(List.of(ArticleRecords.almaty()));
            consumer.subscribe(List.of(prefix + "alerts"));
            List<String> ids = new java.util.ArrayList<>();
            Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(200));
                records.forEach(r -> ids.add(AlertCodec.decode(r.value()).articleId()));
                return !ids.isEmpty();
            });
            assertThat(ids).containsExactly("bs-2016-07-18-almaty");
        }
    }

    @Test
    void aWrongPasswordStopsStartUp() {
        AppConfig config = ConfigLoader.load(null, env("wrong", "sasl-bad."), Map.of(
                "state.dir", dir.toString(), "http.port", "0"));
        assertThatThrownBy(() -> IncidentService.start(config, IncidentClassifier.loadDefault(), Clock.systemUTC()))
                .hasMessageContaining("Authentication failed");
    }

    private static Map<String, String> env(String password, String prefix) {
        return Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                "KAFKA_SASL_MECHANISM", "PLAIN",
                "KAFKA_SASL_JAAS_CONFIG", String.format(JAAS, "alerts", password),
                "INCIDENT_ALERTS_APPLICATION_ID", prefix + "app",
                "INCIDENT_ALERTS_TOPIC_INPUT", prefix + "articles",
                "INCIDENT_ALERTS_TOPIC_ALERTS", prefix + "alerts",
                "INCIDENT_ALERTS_TOPIC_REGION_PREFIX", prefix + "alerts.",
                "INCIDENT_ALERTS_TOPIC_CRITICAL", prefix + "alerts.critical",
                "INCIDENT_ALERTS_TOPIC_DEAD_LETTER", prefix + "dlq");
    }

    private static Map<String, Object> client(String user, String password) {
        return Map.of(
                "bootstrap.servers", broker.bootstrapServers(),
                "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", String.format(JAAS, user, password));
    }

    private static Map<String, Object> consumerProps() {
        Map<String, Object> props = new HashMap<>(client("alerts", "alerts-secret"));
        props.put("group.id", "sasl-reader-" + UUID.randomUUID());
        props.put("auto.offset.reset", "earliest");
        props.put("isolation.level", "read_committed");
        return props;
    }
}
