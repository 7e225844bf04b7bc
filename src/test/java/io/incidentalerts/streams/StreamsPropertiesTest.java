package io.incidentalerts.streams;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.config.AppConfig;
import io.incidentalerts.config.ConfigLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The Streams settings the service runs with, applied to a real Kafka Streams client (not started: no broker needed). */
class StreamsPropertiesTest {

    private static final String GLOBAL_HANDLER = StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG;

    @TempDir
    Path stateDir;

    @Test
    void aStreamsClientBuiltFromThemLogsNoWarningAboutTheGlobalExceptionHandler() {
        AppConfig config = ConfigLoader.load(null, Map.of(), Map.of("kafka.bootstrap.servers", "localhost:1",
                "state.dir", stateDir.toString()));
        Logger streamsConfigLog = (Logger) LoggerFactory.getLogger(StreamsConfig.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        streamsConfigLog.addAppender(log);
        try {
            // Creating the client creates its stream thread, whose partition assignor reads the consumer's settings.
            new KafkaStreams(IncidentTopology.build(IncidentTopology.Settings.of(config),
                    article -> Classification.notIncident(article.id(), 1, List.of()), Clock.systemUTC(),
                    PipelineListener.NONE), StreamsProperties.of(config, PipelineListener.NONE)).close();
        } finally {
            streamsConfigLog.detachAppender(log);
        }
        assertThat(log.list).noneMatch(e -> e.getFormattedMessage().contains(GLOBAL_HANDLER));
    }

    @Test
    void theGlobalExceptionHandlerIsOnForTheClientAndItsAssignor() {
        AppConfig config = ConfigLoader.load(null, Map.of(), Map.of("kafka.bootstrap.servers", "localhost:1"));
        StreamsConfig streams = new StreamsConfig(StreamsProperties.of(config, PipelineListener.NONE));

        assertThat(streams.getBoolean(GLOBAL_HANDLER)).isTrue();
        assertThat(streams.getMainConsumerConfigs("group", "client", 0)).containsEntry(GLOBAL_HANDLER, true);
    }
}
