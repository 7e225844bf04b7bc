package io.incidentalerts.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentalerts.IncidentService;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.kafka.ArticlePublisher;
import io.incidentalerts.support.ServiceConfigs;
import io.incidentalerts.support.TestKafka;
import io.incidentalerts.support.TopicReader;
import io.incidentalerts.support.Workload;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded soak: batches of mixed articles through the service; heap after GC must level off and
 * the dead letters must be exactly the bad records sent. Size with -Dsoak.articles (default 40,000).
 */
class SoakIT {

    private static final int ARTICLES = Integer.getInteger("soak.articles", 40_000);
    private static final int BATCHES = 5;

    @TempDir
    Path dir;

    @Test
    void heapLevelsOffAndEveryBadRecordIsADeadLetter() throws Exception {
        String prefix = "soak.";
        Workload workload = Workload.mixed(ARTICLES, 50, prefix + "s");
        int perBatch = ARTICLES / BATCHES;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<Long> heapAfterGc = new ArrayList<>();
        long started = System.nanoTime();
        try (TestKafka kafka = TestKafka.start();
             IncidentService service = IncidentService.start(ServiceConfigs.isolated(kafka.bootstrapServers(), prefix,
                     dir, Map.of()), IncidentClassifier.loadDefault(), Clock.systemUTC());
             ArticlePublisher publisher = new ArticlePublisher(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                     prefix + "articles");
             TopicReader alerts = new TopicReader(kafka.bootstrapServers(), prefix + "alerts");
             TopicReader dead = new TopicReader(kafka.bootstrapServers(), prefix + "dlq")) {
            // The service creates the topics: publishing before their leaders settle can leave an
            // idempotent producer retrying OUT_OF_ORDER_SEQUENCE_NUMBER until its batches expire.
            await().atMost(Duration.ofSeconds(90)).until(() -> service.state() == KafkaStreams.State.RUNNING);
            for (int b = 0; b < BATCHES; b++) {
                List<byte[]> batch = workload.records().subList(b * perBatch, (b + 1) * perBatch);
                publisher.publishAll(batch);
                int expectedSoFar = expectedDeadLetters(workload, (b + 1) * perBatch);
                dead.readUntil(r -> r.size() >= expectedSoFar, Duration.ofMinutes(5));
                System.gc();
                heapAfterGc.add(memory.getHeapMemoryUsage().getUsed());
            }
            List<ConsumerRecord<byte[], byte[]>> alertRecords =
                    alerts.readUntil(r -> r.size() >= workload.expectedAlertArticleIds().size(), Duration.ofMinutes(5));
            List<ConsumerRecord<byte[], byte[]>> deadRecords = dead.readAll(Duration.ofSeconds(2));
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("[soak] articles=%d alerts=%d deadLetters=%d (expected %d) in %.0f s; heap after GC per batch (MB): %s%n",
                    ARTICLES, alertRecords.size(), deadRecords.size(), workload.expectedDeadLetters(), seconds,
                    heapAfterGc.stream().map(h -> h / (1024 * 1024)).toList());
            assertThat(deadRecords).hasSize(workload.expectedDeadLetters());
            assertThat(alertRecords).hasSize(workload.expectedAlertArticleIds().size());
            long settled = heapAfterGc.get(1);
            long last = heapAfterGc.get(BATCHES - 1);
            assertThat(last).as("heap after GC does not keep growing").isLessThan(settled + settled / 4 + 32L * 1024 * 1024);
        }
    }

    private static int expectedDeadLetters(Workload workload, int upTo) {
        // Workload.mixed puts a bad record at every 50th position.
        return upTo / 50;
    }
}
