package io.incidentalerts.ingest;

import io.incidentalerts.feeds.FeedSourceConfig;
import io.incidentalerts.feeds.FeedSourceConnector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.Herder;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.util.FutureCallback;

/**
 * A standalone Kafka Connect worker in this JVM running the feed connector: the same worker a
 * {@code connect-standalone} process is, with the source offsets in a file of the state folder, so a
 * second run remembers what the first published.
 */
public final class FeedWorker implements AutoCloseable {

    public static final String CONNECTOR_NAME = "incident-alerts-feeds";
    static final String OFFSETS_FILE = "connect.offsets";

    private final Connect<StandaloneHerder> connect;

    private FeedWorker(Connect<StandaloneHerder> connect) {
        this.connect = connect;
    }

    /**
     * @param clientProps      what the worker's Kafka clients need: bootstrap.servers, and security settings if any
     * @param stateDir         where the offsets file lives (created if missing)
     * @param connectorProps   the connector's settings (see {@link FeedSourceConfig}); name and class are added
     */
    public static FeedWorker start(Map<String, Object> clientProps, Path stateDir, Map<String, String> connectorProps,
                                   int restPort, Duration timeout) throws Exception {
        Files.createDirectories(stateDir);
        Map<String, String> worker = new HashMap<>();
        clientProps.forEach((k, v) -> {
            worker.put(k, String.valueOf(v));
            if (!k.equals("bootstrap.servers")) {
                worker.put("producer." + k, String.valueOf(v));
            }
        });
        worker.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        worker.put("value.converter.schemas.enable", "false");
        worker.put("offset.storage.file.filename", stateDir.resolve(OFFSETS_FILE).toString());
        worker.put("offset.flush.interval.ms", "5000");
        worker.put("listeners", "http://localhost:" + restPort);
        // The connector is on the classpath and declared in META-INF/services: no scan of every jar needed.
        worker.put("plugin.discovery", "service_load");
        Connect<StandaloneHerder> connect = new ConnectStandalone().startConnect(worker);
        FeedWorker running = new FeedWorker(connect);
        try {
            running.create(connectorProps, timeout);
            return running;
        } catch (Exception e) {
            running.close();
            throw e;
        }
    }

    private void create(Map<String, String> connectorProps, Duration timeout) throws Exception {
        Map<String, String> config = new LinkedHashMap<>(connectorProps);
        config.put("name", CONNECTOR_NAME);
        config.put("connector.class", FeedSourceConnector.class.getName());
        config.putIfAbsent("tasks.max", "1");
        // Create the topic when it is missing, with the broker's defaults (the service normally creates it).
        config.putIfAbsent("topic.creation.default.partitions", "-1");
        config.putIfAbsent("topic.creation.default.replication.factor", "-1");
        FutureCallback<Herder.Created<org.apache.kafka.connect.runtime.rest.entities.ConnectorInfo>> created =
                new FutureCallback<>();
        connect.herder().putConnectorConfig(CONNECTOR_NAME, config, true, created);
        try {
            created.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalArgumentException(cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the Connect worker did not take the connector within " + timeout, e);
        }
    }

    /** The REST address of the worker (GET /connectors/... works on it as on any Connect worker). */
    public String restUrl() {
        return connect.rest().advertisedUrl().toString();
    }

    /** Names of the connector's tasks' states, e.g. RUNNING or FAILED with the trace. */
    public List<String> taskStates() {
        return connect.herder().connectorStatus(CONNECTOR_NAME).tasks().stream()
                .map(t -> t.state() + (t.trace() == null ? "" : ": " + t.trace())).toList();
    }

    @Override
    public void close() {
        connect.stop();
        connect.awaitStop();
    }
}
