package io.incidentalerts.streams;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.incidentalerts.alert.AlertData;
import io.incidentalerts.classifier.Article;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.classifier.ClassifierException;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.config.AppConfig;
import io.incidentalerts.config.ConfigLoader;
import io.incidentalerts.metrics.CompositeListener;
import io.incidentalerts.metrics.ServiceMetrics;
import io.incidentalerts.support.ArticleRecords;
import io.incidentalerts.support.TopologyHarness;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A classifier that throws: the record is counted by exception class, logged once with its id (no
 * text) and dead-lettered with reason CLASSIFIER_ERROR; the articles around it still raise alerts.
 */
class ClassifierFailureTopologyTest {

    private static final Instant NOW = Instant.parse("2016-07-18T09:30:00Z");
    private static final String SECRET_TEXT = "Qwertzuiop-article-text";
    private static final IncidentClassifier REAL = IncidentClassifier.loadDefault();

    /** The real classifier, except on titles that say FAIL (a rule bug) or OVERFLOW (as the real one reports a stack overflow). */
    private static final Function<Article, Classification> FAILING = article -> {
        if (article.title().startsWith("FAIL")) {
            throw new IllegalStateException("rule bug near '" + article.title() + "'");
        }
        if (article.title().startsWith("OVERFLOW")) {
            throw new ClassifierException(article.id(), new StackOverflowError());
        }
        return REAL.classify(article);
    };

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private TopologyHarness harness;

    @BeforeEach
    void start() {
        log.setContext(root.getLoggerContext());
        log.start();
        root.addAppender(log);
        harness = TopologyHarness.start(TopologyHarness.config(Map.of(), Map.of()), FAILING, NOW,
                new ServiceMetrics(registry, Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterEach
    void stop() {
        harness.close();
        root.detachAppender(log);
    }

    @Test
    void aFailingClassifierDeadLettersTheRecordCountsAndLogsItOnceAndTheStreamGoesOn() {
        byte[] failing = ArticleRecords.json("art-fails", "FAIL " + SECRET_TEXT, "Body " + SECRET_TEXT);
        input().pipeInput("k".getBytes(StandardCharsets.UTF_8), failing);
        input().pipeInput(null, ArticleRecords.almaty());

        List<TestRecord<byte[], byte[]>> dead = deadLetters();
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).as("the record as it arrived").isEqualTo(failing);
        assertThat(header(dead.get(0), DeadLetters.REASON_HEADER)).isEqualTo("CLASSIFIER_ERROR");
        assertThat(header(dead.get(0), DeadLetters.EXCEPTION_HEADER)).isEqualTo(IllegalStateException.class.getName());
        assertThat(header(dead.get(0), DeadLetters.STACKTRACE_HEADER)).contains("IllegalStateException");

        assertThat(alerts()).extracting(AlertData::articleId).containsExactly("bs-2016-07-18-almaty");

        assertThat(registry.scrape())
                .contains("incident_alerts_classifier_failures_total{exception=\"java.lang.IllegalStateException\"} 1.0")
                .contains("incident_alerts_dead_letters_total{reason=\"CLASSIFIER_ERROR\"} 1.0");

        List<ILoggingEvent> failures = log.list.stream()
                .filter(e -> e.getLoggerName().equals(ClassifyArticle.class.getName())).toList();
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).getLevel()).isEqualTo(Level.ERROR);
        assertThat(failures.get(0).getFormattedMessage()).contains("art-fails", IllegalStateException.class.getName());
        assertThat(log.list).allSatisfy(e -> assertThat(e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage())).doesNotContain(SECRET_TEXT));
    }

    @Test
    void aStackOverflowInTheClassifierIsCountedUnderItsOwnClass() {
        input().pipeInput(null, ArticleRecords.json("art-deep", "OVERFLOW", "Deeply nested text"));

        List<TestRecord<byte[], byte[]>> dead = deadLetters();
        assertThat(dead).hasSize(1);
        assertThat(header(dead.get(0), DeadLetters.REASON_HEADER)).isEqualTo("CLASSIFIER_ERROR");
        assertThat(header(dead.get(0), DeadLetters.EXCEPTION_HEADER)).isEqualTo(StackOverflowError.class.getName());
        assertThat(registry.scrape())
                .contains("incident_alerts_classifier_failures_total{exception=\"java.lang.StackOverflowError\"} 1.0");
        assertThat(log.list).filteredOn(e -> e.getLoggerName().equals(ClassifyArticle.class.getName()))
                .singleElement().satisfies(e -> assertThat(e.getFormattedMessage()).contains("art-deep"));
    }

    private TestInputTopic<byte[], byte[]> input() {
        return harness.input();
    }

    private List<TestRecord<byte[], byte[]>> deadLetters() {
        return harness.deadLetters().readRecordsToList();
    }

    private List<AlertData> alerts() {
        return harness.alerts();
    }

    private static String header(TestRecord<byte[], byte[]> r, String name) {
        return r.headers().lastHeader(name) == null ? null
                : new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
