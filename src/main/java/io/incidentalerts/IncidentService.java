package io.incidentalerts;

import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.config.AppConfig;
import io.incidentalerts.http.ApiGuard;
import io.incidentalerts.http.Health;
import io.incidentalerts.http.HttpApi;
import io.incidentalerts.http.StaticFiles;
import io.incidentalerts.live.IncidentStream;
import io.incidentalerts.kafka.BootstrapCheck;
import io.incidentalerts.kafka.BrokerProbe;
import io.incidentalerts.kafka.EmbeddedKafka;
import io.incidentalerts.metrics.AlertLog;
import io.incidentalerts.metrics.CompositeListener;
import io.incidentalerts.metrics.ServiceMetrics;
import io.incidentalerts.metrics.StreamsStateMetrics;
import io.incidentalerts.query.IncidentQueries;
import io.incidentalerts.streams.IncidentTopology;
import io.incidentalerts.streams.PipelineListener;
import io.incidentalerts.streams.StreamsProperties;
import io.incidentalerts.streams.TopicProvisioner;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running instance: owns, in start order, the optional embedded broker, the topics, the metrics,
 * the Kafka Streams client and the HTTP endpoints, and closes them in reverse.
 */
public final class IncidentService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentService.class);
    /** The Streams state's folder in the in-process broker's data folder: fresh with it, or kept with it. */
    static final String STREAMS_STATE_FOLDER = "streams-state";
    private static final String BOOTSTRAP_HINT = " (KAFKA_BOOTSTRAP_SERVERS or kafka.bootstrap.servers names the"
            + " cluster; bootstrap.timeout.ms sets the wait)";

    private final AppConfig config;
    private final EmbeddedKafka embedded;
    private final PrometheusMeterRegistry registry;
    private final KafkaStreams streams;
    private final KafkaStreamsMetrics streamsMetrics;
    private final HttpApi http;
    private final BrokerProbe brokers;
    private final CountDownLatch terminated = new CountDownLatch(1);
    private volatile boolean failed;
    private boolean closed;

    private IncidentService(AppConfig config, EmbeddedKafka embedded, PrometheusMeterRegistry registry,
                            KafkaStreams streams, KafkaStreamsMetrics streamsMetrics, HttpApi http,
                            BrokerProbe brokers) {
        this.config = config;
        this.embedded = embedded;
        this.registry = registry;
        this.streams = streams;
        this.streamsMetrics = streamsMetrics;
        this.http = http;
        this.brokers = brokers;
    }

    public static IncidentService start(AppConfig requested, IncidentClassifier classifier, Clock clock) {
        EmbeddedKafka embedded = null;
        AppConfig config = requested;
        if (requested.bootstrapServers().isEmpty()) {
            embedded = EmbeddedKafka.start(requested.embeddedPort(), requested.embeddedDir().orElse(null));
            config = requested.withBootstrapServers(embedded.bootstrapServers())
                    .withDefaultStateDir(embedded.dataDir().resolve(STREAMS_STATE_FOLDER));
        }
        HttpApi http = null;
        BrokerProbe brokers = null;
        try {
            BootstrapCheck.await(adminProperties(config), config.bootstrapTimeout(), BOOTSTRAP_HINT);
            if (config.createTopics()) {
                TopicProvisioner.ensureTopics(config, adminProperties(config));
            }
            PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            bindJvmMetrics(registry);
            PipelineListener listener = CompositeListener.of(new ServiceMetrics(registry, clock), new AlertLog());
            Topology topology = IncidentTopology.build(IncidentTopology.Settings.of(config), classifier::classify,
                    clock, listener);
            String description = topology.describe().toString();
            // The HTTP server binds before Kafka Streams exists: application.server needs its port.
            AtomicReference<KafkaStreams> streamsRef = new AtomicReference<>();
            AtomicReference<HostInfo> self = new AtomicReference<>();
            brokers = new BrokerProbe(adminProperties(config));
            Health health = new Health(() -> streamsRef.get() == null ? KafkaStreams.State.CREATED
                    : streamsRef.get().state(), brokers::reachable);
            IncidentQueries queries = new IncidentQueries(streamsRef::get, self::get, config.httpApiToken());
            IncidentStream stream = new IncidentStream(adminProperties(config), config.topics().alerts(),
                    config.topics().surges(), config.console().maxSubscribers(), config.console().heartbeat(),
                    IncidentStream.LIFETIME, clock, registry);
            http = HttpApi.start(config.httpBind(), config.httpPort(), health, registry::scrape,
                    () -> description, Map.of(IncidentQueries.PATH, queries::answer),
                    Map.of(IncidentStream.PATH, stream), StaticFiles.console(config.console().tileUrl(),
                            config.httpApiToken().filter(t -> !t.isBlank()).isPresent()),
                    ApiGuard.of(config.httpApiToken(), config.httpMaxInFlight()));
            self.set(new HostInfo(advertisedHost(config), http.address().getPort()));
            KafkaStreams streams = new KafkaStreams(topology, StreamsProperties.of(config, listener,
                    self.get().host() + ":" + self.get().port()));
            streamsRef.set(streams);
            KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams);
            streamsMetrics.bindTo(registry);
            new StreamsStateMetrics(health).bindTo(registry);
            IncidentService service = new IncidentService(config, embedded, registry, streams, streamsMetrics, http,
                    brokers);
            service.startStreams();
            return service;
        } catch (IOException e) {
            closeQuietly(brokers, embedded);
            throw new UncheckedIOException(httpFailure(config, e), e);
        } catch (RuntimeException e) {
            if (http != null) {
                http.close();
            }
            closeQuietly(brokers, embedded);
            throw e;
        }
    }

    private static String httpFailure(AppConfig config, IOException e) {
        if (e instanceof BindException) {
            return "Cannot start the HTTP server: port " + config.httpPort() + " on " + config.httpBind()
                    + " is already in use (http.port or INCIDENT_ALERTS_HTTP_PORT sets it; 0 picks a free one)";
        }
        return "Cannot start the HTTP server on " + config.httpBind() + ":" + config.httpPort() + ": " + e.getMessage();
    }

    private void startStreams() {
        streams.setStateListener((now, before) -> {
            LOG.info("Kafka Streams state {} -> {}", before, now);
            if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING) {
                failed = now == KafkaStreams.State.ERROR;
                terminated.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("Stream thread failed; shutting this instance down so it can be restarted", e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.start();
    }

    /** The host other instances use for this one: the setting, else this machine's name. */
    static String advertisedHost(AppConfig config) {
        return config.httpAdvertisedHost().orElseGet(() -> {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "localhost";
            }
        });
    }

    public static Map<String, Object> adminProperties(AppConfig config) {
        Map<String, Object> props = new HashMap<>(config.kafka());
        props.put("bootstrap.servers", config.bootstrapServers().orElseThrow());
        return props;
    }

    private static void bindJvmMetrics(PrometheusMeterRegistry registry) {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
    }

    public AppConfig config() {
        return config;
    }

    /**
     * Active tasks of the input sub-topology (sub-topology 0, which reads the article topic) this
     * instance runs now: how much of the input it owns. The identity, state and regional-count
     * sub-topologies have tasks of their own, not counted here.
     */
    public int activeTaskCount() {
        return streams.metadataForLocalThreads().stream()
                .mapToInt(t -> (int) t.activeTasks().stream().filter(task -> task.taskId().subtopology() == 0).count())
                .sum();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public URI httpAddress() {
        return http.address();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Blocks until the Streams client stops by itself; true when it failed rather than stopped. */
    public boolean awaitTermination() throws InterruptedException {
        terminated.await();
        return failed;
    }

    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return terminated.await(timeout, unit);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // Static members keep their partitions through a restart; dynamic ones leave so peers take over at once.
        CloseOptions options = CloseOptions.timeout(config.closeTimeout())
                .withGroupMembershipOperation(config.groupInstanceId().isPresent()
                        ? CloseOptions.GroupMembershipOperation.REMAIN_IN_GROUP
                        : CloseOptions.GroupMembershipOperation.LEAVE_GROUP);
        if (!streams.close(options)) {
            LOG.warn("Kafka Streams did not close within {}", config.closeTimeout());
        }
        streamsMetrics.close();
        http.close();
        brokers.close();
        registry.close();
        closeQuietly(embedded);
        terminated.countDown();
    }

    private static void closeQuietly(BrokerProbe brokers, EmbeddedKafka kafka) {
        if (brokers != null) {
            brokers.close();
        }
        closeQuietly(kafka);
    }

    private static void closeQuietly(EmbeddedKafka kafka) {
        if (kafka != null) {
            try {
                kafka.close();
            } catch (RuntimeException e) {
                LOG.warn("Embedded broker did not close cleanly", e);
            }
        }
    }
}
