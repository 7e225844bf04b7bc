package io.incidentalerts.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.alert.AlertData;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.streams.DeadLetters;
import io.incidentalerts.support.ArticleRecords;
import io.incidentalerts.support.HostileCorpus;
import io.incidentalerts.support.TopologyHarness;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/** The fixed hostile corpus through the real topology: the stream never stops and every record is accounted for. */
class HostileInputTopologyTest {

    @Test
    void everyHostileRecordIsAccountedForAndTheStreamKeepsGoing() {
        List<HostileCorpus.Case> cases = HostileCorpus.cases();
        try (TopologyHarness topology = TopologyHarness.start(IncidentClassifier.loadDefault()::classify,
                Instant.now(), Map.of())) {
            TestInputTopic<byte[], byte[]> input = topology.input();
            List<Classification> classified = topology.recorded().classified();
            for (HostileCorpus.Case c : cases) {
                input.pipeInput(c.value());
            }
            input.pipeInput(ArticleRecords.almaty());

            List<TestRecord<byte[], byte[]>> letters = topology.deadLetters().readRecordsToList();
            List<String> expectedReasons = cases.stream().filter(c -> c.reason() != null).map(c -> c.reason().name())
                    .toList();
            assertThat(letters.stream().map(r -> new String(r.headers().lastHeader(DeadLetters.REASON_HEADER).value(),
                    StandardCharsets.UTF_8)).toList()).isEqualTo(expectedReasons);
            long processed = cases.stream().filter(c -> c.reason() == null).count();
            assertThat(classified).hasSize((int) processed + 1);
            assertThat(classified.get(classified.size() - 1).incident()).as("the stream still works").isTrue();

            List<AlertData> alerts = topology.alerts();
            long incidents = classified.stream().filter(Classification::incident).count();
            assertThat(alerts).hasSize((int) incidents);
            assertThat(letters.size() + classified.size()).isEqualTo(cases.size() + 1);
        }
    }
}
