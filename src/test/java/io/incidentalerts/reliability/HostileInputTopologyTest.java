package io.incidentalerts.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.alert.AlertData;
import io.incidentalerts.article.RejectReason;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.config.AppConfig;
import io.incidentalerts.config.ConfigLoader;
import io.incidentalerts.streams.DeadLetters;
import io.incidentalerts.streams.IncidentTopology;
import io.incidentalerts.streams.PipelineListener;
import io.incidentalerts.streams.StreamsProperties;
import io.incidentalerts.support.Articles;
import io.incidentalerts.support.HostileCorpus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/** The fixed hostile corpus through the real topology: the stream never stops and every record is accounted for. */
class HostileInputTopologyTest {

    @Test
    void everyHostileRecordIsAccountedForAndTheStreamKeepsGoing() {
        AppConfig config = ConfigLoader.load(null, Map.of(), Map.of("kafka.bootstrap.servers", "unused:9092"));
        List<Classification> classified = new ArrayList<>();
        List<RejectReason> dead = new ArrayList<>();
        PipelineListener listener = new PipelineListener() {
            @Override
            public void classified(Classification result, long nanos) {
                classified.add(result);
            }

            @Override
            public void deadLettered(RejectReason reason) {
                dead.add(reason);
            }
        };
        List<HostileCorpus.Case> cases = HostileCorpus.cases();
        try (TopologyTestDriver driver = new TopologyTestDriver(IncidentTopology.build(IncidentTopology.Settings.of(config),
                IncidentClassifier.loadDefault()::classify, Clock.systemUTC(), listener),
                StreamsProperties.of(config, listener))) {
            TestInputTopic<byte[], byte[]> input = driver.createInputTopic("news.articles", new ByteArraySerializer(),
                    new ByteArraySerializer());
            for (HostileCorpus.Case c : cases) {
                input.pipeInput(c.value());
            }
            input.pipeInput(Articles.almaty());

            List<TestRecord<byte[], byte[]>> letters = driver.createOutputTopic("news.articles.dlq",
                    new ByteArrayDeserializer(), new ByteArrayDeserializer()).readRecordsToList();
            List<String> expectedReasons = cases.stream().filter(c -> c.reason() != null).map(c -> c.reason().name())
                    .toList();
            assertThat(letters.stream().map(r -> new String(r.headers().lastHeader(DeadLetters.REASON_HEADER).value(),
                    StandardCharsets.UTF_8)).toList()).isEqualTo(expectedReasons);
            long processed = cases.stream().filter(c -> c.reason() == null).count();
            assertThat(classified).hasSize((int) processed + 1);
            assertThat(classified.get(classified.size() - 1).incident()).as("the stream still works").isTrue();

            List<AlertData> alerts = driver.createOutputTopic("incident.alerts",
                    new org.apache.kafka.common.serialization.StringDeserializer(),
                    new io.incidentalerts.streams.AlertSerde().deserializer()).readValuesToList();
            long incidents = classified.stream().filter(Classification::incident).count();
            assertThat(alerts).hasSize((int) incidents);
            assertThat(letters.size() + classified.size()).isEqualTo(cases.size() + 1);
        }
    }
}
