package io.incidentalerts.streams;

import io.incidentalerts.alert.AlertData;
import io.incidentalerts.alert.AlertFactory;
import io.incidentalerts.alert.Regions;
import io.incidentalerts.article.ArticleParser;
import io.incidentalerts.classifier.Article;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.classifier.Severity;
import io.incidentalerts.config.IncidentSettings;
import io.incidentalerts.identity.AlertType;
import io.incidentalerts.identity.IncidentMatcher;
import io.incidentalerts.surge.RegionStats;
import io.incidentalerts.surge.RegionalIncident;
import io.incidentalerts.surge.SurgeData;
import io.incidentalerts.surge.SurgeRule;
import java.time.Clock;
import java.time.Instant;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * The processing graph, built from its inputs alone: articles in; each classified; incident articles
 * regrouped by country and matched to the incidents they report; NEW and UPDATE alerts out, also
 * routed by region and severity; each incident's latest state to a compacted topic and a queryable store. A record that fails validation or processing throws,
 * and the processing exception handler sends it to the dead-letter topic.
 */
public final class IncidentTopology {

    /** What the topology depends on; nothing here touches a broker. */
    public record Settings(Topics topics, int maxArticleBytes, boolean routeRegions, boolean routeCritical,
                           IncidentSettings incidents) {

        public static Settings of(io.incidentalerts.config.AppConfig config) {
            return new Settings(new Topics(config.topics()), config.maxArticleBytes(), config.routeRegions(),
                    config.routeCritical(), config.incidents());
        }
    }

    /** Store of each incident's latest state, by incident id: what the query API reads. */
    public static final String STATE_STORE = Topics.STATE_STORE;

    /**
     * The state table restores from the compacted state topic it reads instead of copying every state a
     * second time to a changelog of its own; {@link StreamsProperties} sets the same for the runtime.
     */
    public static final String OPTIMIZATION = StreamsConfig.REUSE_KTABLE_SOURCE_TOPICS;

    private IncidentTopology() {
    }

    public static Topology build(Settings settings, Function<Article, Classification> classifier, Clock clock,
                                 PipelineListener listener) {
        Topics topics = settings.topics();
        IncidentSettings rules = settings.incidents();
        AlertFactory alerts = new AlertFactory(clock);
        ArticleParser parser = new ArticleParser(settings.maxArticleBytes());
        IncidentMatcher matcher = new IncidentMatcher(rules.identityWindow(), rules.maxDistanceKm());
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Topics.incidentIndexStore());
        builder.addStateStore(Topics.regionCountsStore());

        KStream<String, IncidentEvent> events = builder
                .stream(topics.input().name(), topics.input().consumed("read-articles"))
                .mapValues(parser::parse, Named.as("validate-article"))
                .processValues(() -> new ClassifyArticle(classifier, listener), Named.as("classify"))
                .filter((key, judged) -> judged.result().incident(), Named.as("keep-incidents"))
                .processValues(ToSighting::new, Named.as("to-sighting"))
                .selectKey((key, sighting) -> sighting.partitionKey(), Named.as("key-by-country"))
                .repartition(Topics.incidentsByCountry())
                .process(() -> new IdentifyIncidents(matcher, rules.retention(), alerts, clock, listener),
                        Named.as("identify-incident"), IdentifyIncidents.STORE);

        events.mapValues(IncidentEvent::state, Named.as("to-incident-state"))
                .to(topics.state().name(), topics.state().produced("write-incident-state"));
        builder.table(topics.state().name(), topics.state().consumed("read-incident-state"), topics.stateTable());

        countRegionalIncidents(events, topics, rules, clock, listener);

        KStream<String, AlertData> incidents = events
                .filter((id, event) -> event.alert() != null, Named.as("keep-alerts"))
                .mapValues(IncidentEvent::alert, Named.as("to-alert"))
                .processValues(() -> new ReportAlert(listener), Named.as("report-alert"));

        incidents.to(topics.alerts().name(), topics.alerts().produced("write-alerts"));
        if (settings.routeRegions()) {
            incidents.filter((id, alert) -> Regions.isKnown(alert.region()), Named.as("keep-located"))
                    .to((id, alert, ctx) -> topics.region(alert.region()).name(),
                            topics.alerts().produced("write-region-alerts"));
        }
        if (settings.routeCritical()) {
            incidents.filter((id, alert) -> alert.severity().atLeast(Severity.HIGH), Named.as("keep-high-severity"))
                    .to(topics.critical().name(), topics.critical().produced("write-critical-alerts"));
        }
        Properties optimization = new Properties();
        optimization.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, OPTIMIZATION);
        return builder.build(optimization);
    }

    /** New incidents per region and category to the stats topic; SURGE alerts to their topic. */
    private static void countRegionalIncidents(KStream<String, IncidentEvent> events, Topics topics,
                                               IncidentSettings rules, Clock clock, PipelineListener listener) {
        SurgeRule rule = new SurgeRule(rules.surgeFactor(), rules.surgeMinCount(), rules.surgeBaselineDays());
        KStream<String, RegionStats> stats = events
                .filter((id, e) -> e.alert() != null && e.alert().alertType() == AlertType.NEW
                        && Regions.isKnown(e.state().region()), Named.as("keep-new-located-incidents"))
                .map((id, e) -> {
                    RegionalIncident incident = new RegionalIncident(e.state().region(), e.state().category(),
                            e.state().firstSeen());
                    return KeyValue.pair(incident.key(), incident);
                }, Named.as("key-by-region"))
                .repartition(Topics.incidentsByRegion())
                .process(() -> new CountRegionalIncidents(rule), Named.as("count-regional-incidents"),
                        CountRegionalIncidents.STORE);
        stats.to(topics.stats().name(), topics.stats().produced("write-incident-stats"));
        stats.filter((key, s) -> s.surge(), Named.as("keep-surges"))
                .mapValues(s -> {
                    SurgeData surge = new SurgeData(SurgeData.SURGE, s.region(), s.category(), s.windowStart(),
                            s.windowEnd(), s.count(), s.baseline(), rule.factor(), clock.instant());
                    listener.surged(surge);
                    return surge;
                }, Named.as("to-surge-alert"))
                .to(topics.surges().name(), topics.surges().produced("write-surge-alerts"));
    }

    /** The record's timestamp is the article's arrival time, which {@link Sighting#of} needs. */
    private static final class ToSighting implements FixedKeyProcessor<byte[], Judged, Sighting> {
        private FixedKeyProcessorContext<byte[], Sighting> context;

        @Override
        public void init(FixedKeyProcessorContext<byte[], Sighting> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<byte[], Judged> record) {
            Judged judged = record.value();
            context.forward(record.withValue(
                    Sighting.of(judged.article(), judged.result(), Instant.ofEpochMilli(record.timestamp()))));
        }
    }

    private static final class ReportAlert implements FixedKeyProcessor<String, AlertData, AlertData> {
        private final PipelineListener listener;
        private FixedKeyProcessorContext<String, AlertData> context;

        ReportAlert(PipelineListener listener) {
            this.listener = listener;
        }

        @Override
        public void init(FixedKeyProcessorContext<String, AlertData> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, AlertData> record) {
            listener.alerted(record.value(), record.timestamp());
            context.forward(record);
        }
    }
}
