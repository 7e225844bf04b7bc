package io.incidentalerts.streams;

import io.incidentalerts.alert.AlertData;
import io.incidentalerts.alert.AlertFactory;
import io.incidentalerts.alert.Regions;
import io.incidentalerts.article.ArticleParser;
import io.incidentalerts.classifier.Article;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.classifier.Severity;
import java.time.Clock;
import java.util.function.Function;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * The processing graph, built from its inputs alone: articles in; each classified; incidents out as
 * alerts, also routed by region and severity. A record that fails validation or processing throws,
 * and the processing exception handler sends it to the dead-letter topic.
 */
public final class IncidentTopology {

    /** What the topology depends on; nothing here touches a broker. */
    public record Settings(Topics topics, int maxArticleBytes, boolean routeRegions, boolean routeCritical) {

        public static Settings of(io.incidentalerts.config.AppConfig config) {
            return new Settings(new Topics(config.topics()), config.maxArticleBytes(), config.routeRegions(),
                    config.routeCritical());
        }
    }

    private IncidentTopology() {
    }

    public static Topology build(Settings settings, Function<Article, Classification> classifier, Clock clock,
                                 PipelineListener listener) {
        Topics topics = settings.topics();
        AlertFactory alerts = new AlertFactory(clock);
        ArticleParser parser = new ArticleParser(settings.maxArticleBytes());
        StreamsBuilder builder = new StreamsBuilder();

        KStream<String, AlertData> incidents = builder
                .stream(topics.input().name(), topics.input().consumed("read-articles"))
                .mapValues(parser::parse, Named.as("validate-article"))
                .processValues(() -> new Classify(classifier, listener), Named.as("classify"))
                .filter((key, judged) -> judged.result().incident(), Named.as("keep-incidents"))
                .map((key, judged) -> {
                    AlertData alert = alerts.create(judged.article(), judged.result());
                    return KeyValue.pair(alert.incidentId(), alert);
                }, Named.as("to-alert"))
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
        return builder.build();
    }

    /** An article with the classifier's verdict on it. */
    record Judged(Article article, Classification result) {
    }

    private static final class Classify implements FixedKeyProcessor<byte[], Article, Judged> {
        private final Function<Article, Classification> classifier;
        private final PipelineListener listener;
        private FixedKeyProcessorContext<byte[], Judged> context;

        Classify(Function<Article, Classification> classifier, PipelineListener listener) {
            this.classifier = classifier;
            this.listener = listener;
        }

        @Override
        public void init(FixedKeyProcessorContext<byte[], Judged> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<byte[], Article> record) {
            long start = System.nanoTime();
            Classification result = classifier.apply(record.value());
            listener.classified(result, System.nanoTime() - start);
            context.forward(record.withValue(new Judged(record.value(), result)));
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
