package io.incidentalerts.support;

import io.incidentalerts.alert.AlertData;
import io.incidentalerts.article.RejectReason;
import io.incidentalerts.classifier.Article;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.config.AppConfig;
import io.incidentalerts.config.ConfigLoader;
import io.incidentalerts.identity.IncidentState;
import io.incidentalerts.metrics.CompositeListener;
import io.incidentalerts.streams.IncidentTopology;
import io.incidentalerts.streams.PipelineListener;
import io.incidentalerts.streams.StreamsProperties;
import io.incidentalerts.streams.Topic;
import io.incidentalerts.streams.Topics;
import io.incidentalerts.surge.RegionStats;
import io.incidentalerts.surge.SurgeData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * The service's topology on a TopologyTestDriver, for every topology test: built from the real settings
 * (defaults plus the test's), with the serdes of {@link Topics}, a fixed clock, and a listener that
 * records what the pipeline reports. Input records get timestamps from {@code now}, one second apart.
 */
public final class TopologyHarness implements AutoCloseable {

    private final TopologyTestDriver driver;
    private final Topics topics;
    private final TestInputTopic<byte[], byte[]> input;
    private final Recorder recorded = new Recorder();

    private TopologyHarness(AppConfig config, Function<Article, Classification> classifier, Instant now,
                            PipelineListener also) {
        PipelineListener listener = CompositeListener.of(recorded, also);
        IncidentTopology.Settings settings = IncidentTopology.Settings.of(config);
        this.topics = settings.topics();
        this.driver = new TopologyTestDriver(IncidentTopology.build(settings, classifier,
                Clock.fixed(now, ZoneOffset.UTC), listener), StreamsProperties.of(config, listener), now);
        Topic<byte[], byte[]> in = topics.input();
        this.input = driver.createInputTopic(in.name(), in.keySerde().serializer(), in.valueSerde().serializer(),
                now, Duration.ofSeconds(1));
    }

    /** @param settings service settings over the defaults, e.g. {@code surge.min.count} */
    public static TopologyHarness start(Function<Article, Classification> classifier, Instant now,
                                        Map<String, String> settings) {
        return start(config(Map.of(), settings), classifier, now, PipelineListener.NONE);
    }

    /** @param also a listener of the test's own (such as the service's alert log), told after the recorder */
    public static TopologyHarness start(AppConfig config, Function<Article, Classification> classifier, Instant now,
                                        PipelineListener also) {
        return new TopologyHarness(config, classifier, now, also);
    }

    /** The settings a harness runs with: defaults, then {@code env}, then {@code settings}; no broker is used. */
    public static AppConfig config(Map<String, String> env, Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("kafka.bootstrap.servers", "unused:9092");
        return ConfigLoader.load(null, env, all);
    }

    public TestInputTopic<byte[], byte[]> input() {
        return input;
    }

    /** Values written to the alert topic so far and not read yet. */
    public List<AlertData> alerts() {
        return alerts(topics.names().alerts()).readValuesToList();
    }

    /** An alert topic by name: all alerts, a region's, or the critical one. */
    public TestOutputTopic<String, AlertData> alerts(String topic) {
        return output(new Topic<>(topic, topics.alerts().keySerde(), topics.alerts().valueSerde()));
    }

    public TestOutputTopic<String, IncidentState> states() {
        return output(topics.state());
    }

    public TestOutputTopic<String, RegionStats> stats() {
        return output(topics.stats());
    }

    public TestOutputTopic<String, SurgeData> surges() {
        return output(topics.surges());
    }

    public TestOutputTopic<byte[], byte[]> deadLetters() {
        return output(topics.deadLetter());
    }

    /** What the pipeline reported to its listener. */
    public Recorder recorded() {
        return recorded;
    }

    /** For stores and wall-clock time. */
    public TopologyTestDriver driver() {
        return driver;
    }

    private <K, V> TestOutputTopic<K, V> output(Topic<K, V> topic) {
        return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(),
                topic.valueSerde().deserializer());
    }

    @Override
    public void close() {
        driver.close();
    }

    /** Every event the pipeline reports, in order. */
    public static final class Recorder implements PipelineListener {
        private final List<Classification> classified = new CopyOnWriteArrayList<>();
        private final List<RejectReason> deadLettered = new CopyOnWriteArrayList<>();
        private final List<IncidentState> duplicates = new CopyOnWriteArrayList<>();
        private final List<SurgeData> surges = new CopyOnWriteArrayList<>();

        @Override
        public void classified(Classification result, long nanos) {
            classified.add(result);
        }

        @Override
        public void deadLettered(RejectReason reason) {
            deadLettered.add(reason);
        }

        @Override
        public void duplicate(IncidentState incident) {
            duplicates.add(incident);
        }

        @Override
        public void surged(SurgeData surge) {
            surges.add(surge);
        }

        public List<Classification> classified() {
            return classified;
        }

        public List<RejectReason> deadLettered() {
            return deadLettered;
        }

        public List<IncidentState> duplicates() {
            return duplicates;
        }

        public List<SurgeData> surges() {
            return surges;
        }
    }
}
