package io.incidentalerts.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.alert.AlertCodec;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads the alert and dead-letter topics as a read_committed consumer and checks nothing is lost or doubled. */
public final class ExactlyOnce {

    /** What the topics held: the figures a closing note reports. */
    public record Tally(int sent, int alerts, int deadLetters, int lost, int duplicated) {
        @Override
        public String toString() {
            return "sent=" + sent + " alerts=" + alerts + " deadLetters=" + deadLetters + " lost=" + lost
                    + " duplicated=" + duplicated;
        }
    }

    private ExactlyOnce() {
    }

    public static Tally check(String bootstrap, String alertTopic, String deadLetterTopic, Workload workload,
                              Duration timeout) {
        try (TopicReader alerts = new TopicReader(bootstrap, alertTopic);
             TopicReader dead = new TopicReader(bootstrap, deadLetterTopic)) {
            alerts.readUntil(r -> r.size() >= workload.expectedAlertArticleIds().size(), timeout);
            dead.readUntil(r -> r.size() >= workload.expectedDeadLetters(), timeout);
            List<ConsumerRecord<byte[], byte[]>> alertRecords = alerts.readAll(Duration.ofSeconds(3));
            List<ConsumerRecord<byte[], byte[]>> deadRecords = dead.readAll(Duration.ofMillis(500));

            Map<String, Integer> seen = new HashMap<>();
            for (ConsumerRecord<byte[], byte[]> r : alertRecords) {
                seen.merge(AlertCodec.decode(r.value()).articleId(), 1, Integer::sum);
            }
            Set<String> missing = new HashSet<>(workload.expectedAlertArticleIds());
            missing.removeAll(seen.keySet());
            int duplicated = seen.values().stream().mapToInt(c -> c - 1).sum()
                    + Math.max(0, deadRecords.size() - workload.expectedDeadLetters());
            Tally tally = new Tally(workload.records().size(), alertRecords.size(), deadRecords.size(),
                    missing.size() + Math.max(0, workload.expectedDeadLetters() - deadRecords.size()), duplicated);
            System.out.println("[exactly-once] " + tally);
            assertThat(missing).as("alerts lost").isEmpty();
            assertThat(seen.keySet()).as("alerts for articles that are no incident")
                    .isSubsetOf(workload.expectedAlertArticleIds());
            assertThat(seen.values()).as("alerts duplicated").allMatch(c -> c == 1);
            assertThat(deadRecords).as("dead letters").hasSize(workload.expectedDeadLetters());
            return tally;
        }
    }
}
