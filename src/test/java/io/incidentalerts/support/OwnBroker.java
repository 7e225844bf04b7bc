package io.incidentalerts.support;

import io.incidentalerts.kafka.EmbeddedKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

/**
 * An in-process single-node broker that one test owns, for the tests that must do to the broker what a
 * shared one cannot allow: stop it and start it again on the same port with the same data, or require
 * SASL. Get one from {@link TestKafka#restartable} or {@link TestKafka#saslPlain}.
 */
public final class OwnBroker implements AutoCloseable {

    private final int port;
    private final Path data;
    private final Map<String, String> brokerOverrides;
    private final Map<String, Object> adminClient;
    private EmbeddedKafka broker;

    OwnBroker(Path data, Map<String, String> brokerOverrides, Map<String, Object> adminClient) {
        this.port = freePort();
        this.data = data;
        this.brokerOverrides = Map.copyOf(brokerOverrides);
        this.adminClient = Map.copyOf(adminClient);
        start();
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Stops the broker; its port and data stay for {@link #restart()}. */
    public synchronized void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    /** Starts the broker again on the same port, with the same data when it has a data folder. */
    public synchronized void restart() {
        stop();
        start();
    }

    private void start() {
        broker = EmbeddedKafka.start(port, data, brokerOverrides, adminClient);
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
