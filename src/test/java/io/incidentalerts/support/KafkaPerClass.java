package io.incidentalerts.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link TestKafka} broker for all tests of a class:
 * {@code @RegisterExtension static final KafkaPerClass kafka = new KafkaPerClass();}
 */
public final class KafkaPerClass implements BeforeAllCallback, AfterAllCallback {

    private TestKafka kafka;

    @Override
    public void beforeAll(ExtensionContext context) {
        kafka = TestKafka.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }

    public String bootstrapServers() {
        if (kafka == null) {
            throw new IllegalStateException("the broker runs only while the test class runs");
        }
        return kafka.bootstrapServers();
    }
}
