package io.incidentalerts.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.config.AppConfig;
import io.incidentalerts.metrics.AlertLog;
import io.incidentalerts.support.ArticleRecords;
import io.incidentalerts.support.TopologyHarness;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.streams.TestInputTopic;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Logs carry ids and reasons, never article text or credentials. */
class LogHygieneTest {

    private static final String SECRET_TEXT = "Zyxwvut-article-text";
    private static final String PASSWORD = "pa55-w0rd-never-logged";

    @Test
    void neitherArticleTextNorCredentialsReachTheLog() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        LoggerContext context = root.getLoggerContext();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.setContext(context);
        appender.start();
        root.addAppender(appender);
        Level before = root.getLevel();
        root.setLevel(Level.INFO);
        try {
            AppConfig config = TopologyHarness.config(Map.of("KAFKA_SASL_JAAS_CONFIG",
                    "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"u\" password=\""
                            + PASSWORD + "\";"), Map.of());
            try (TopologyHarness topology = TopologyHarness.start(config, IncidentClassifier.loadDefault()::classify,
                    Instant.now(), new AlertLog())) {
                TestInputTopic<byte[], byte[]> in = topology.input();
                in.pipeInput(ArticleRecords.json("clean-1", "Gunmen kill 5 in Kabul " + SECRET_TEXT,
                        "Gunmen killed five people at a market in Kabul on Monday. " + SECRET_TEXT));
                in.pipeInput(("{\"id\":\"x\",\"title\":\"" + SECRET_TEXT).getBytes(StandardCharsets.UTF_8));
                in.pipeInput(("not json " + SECRET_TEXT).getBytes(StandardCharsets.UTF_8));
            }
        } finally {
            root.detachAppender(appender);
            root.setLevel(before);
        }
        assertThat(appender.list).as("something was logged").isNotEmpty();
        assertThat(appender.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("clean-1"));
        for (ILoggingEvent e : appender.list) {
            String line = e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage());
            assertThat(line).doesNotContain(SECRET_TEXT).doesNotContain(PASSWORD);
        }
    }
}
