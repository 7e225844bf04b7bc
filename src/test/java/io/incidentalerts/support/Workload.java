package io.incidentalerts.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.incidentalerts.alert.ArticleOutcome;
import io.incidentalerts.alert.Json;
import io.incidentalerts.classifier.IncidentClassifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A mixed stream of input records (incidents, non-incidents and bad records) with what the service
 * must make of it, computed by the same parser and classifier offline. The samples are repeated under
 * fresh ids, each copy published in its own slot of time further apart than the identity window, so
 * every copy is an incident of its own and every incident copy raises exactly one (NEW) alert.
 */
public record Workload(List<byte[]> records, Set<String> expectedAlertArticleIds, int expectedDeadLetters) {

    // Every record gets its own slot, further apart than the 72 h identity window. Slots must stay in
    // the past: the service dates an article "published" in the future by its arrival instead, which
    // would merge the copies. From year 100, 73 h slots last for about 225,000 records.
    private static final Instant FIRST_SLOT = Instant.parse("0100-01-01T00:00:00Z");
    private static final Duration SLOT = Duration.ofHours(73);
    private static final AtomicLong NEXT_SLOT = new AtomicLong();

    /** {@code n} records: the bundled samples under fresh ids, with one bad record in every {@code badEvery}. */
    public static Workload mixed(int n, int badEvery, String idPrefix) {
        List<byte[]> samples = ArticleRecords.samples();
        List<HostileCorpus.Case> bad = HostileCorpus.cases().stream()
                .filter(c -> c.reason() != null && c.value().length < 64 * 1024).toList();
        IncidentClassifier classifier = IncidentClassifier.loadDefault();
        List<byte[]> records = new ArrayList<>(n);
        Set<String> alerts = new HashSet<>();
        int dead = 0;
        for (int i = 0; i < n; i++) {
            byte[] record = badEvery > 0 && i % badEvery == badEvery - 1
                    ? bad.get(i % bad.size()).value()
                    : withId(samples.get(i % samples.size()), idPrefix + i);
            records.add(record);
            ArticleOutcome outcome = ArticleOutcome.of(record, 1 << 20, classifier, Clock.systemUTC());
            if (outcome instanceof ArticleOutcome.Alerted a) {
                alerts.add(a.alert().articleId());
            } else if (outcome instanceof ArticleOutcome.Rejected) {
                dead++;
            }
        }
        return new Workload(List.copyOf(records), Set.copyOf(alerts), dead);
    }

    /** This workload followed by another. */
    public Workload then(Workload next) {
        List<byte[]> all = new ArrayList<>(records);
        all.addAll(next.records);
        Set<String> alerts = new HashSet<>(expectedAlertArticleIds);
        alerts.addAll(next.expectedAlertArticleIds);
        return new Workload(List.copyOf(all), Set.copyOf(alerts), expectedDeadLetters + next.expectedDeadLetters);
    }

    private static byte[] withId(byte[] sample, String id) {
        try {
            ObjectNode node = (ObjectNode) Json.MAPPER.readTree(sample);
            node.put("id", id);
        node.put("publishedAt", FIRST_SLOT.plus(SLOT.multipliedBy(NEXT_SLOT.getAndIncrement())).toString());
            return Json.MAPPER.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
