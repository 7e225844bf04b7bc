package io.incidentalerts.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.article.ArticleParser;
import io.incidentalerts.article.InvalidArticleException;
import io.incidentalerts.classifier.Article;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.config.IncidentSettings;
import io.incidentalerts.identity.IncidentMatcher;
import io.incidentalerts.identity.IncidentMerger;
import io.incidentalerts.identity.KnownIncident;
import io.incidentalerts.identity.Report;
import io.incidentalerts.streams.Sighting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reliability ITs expect one NEW alert for every incident article of a workload, also of two
 * workloads in a row. That only holds if the identity rules see no two of its articles as one incident:
 * a copy within the window is a duplicate by design and raises no alert.
 */
class WorkloadTest {

    private static final Instant ARRIVAL = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void noIncidentArticleOfTwoWorkloadsInARowJoinsAnEarlierIncident() {
        Workload workload = Workload.mixed(3_000, 40, "first").then(Workload.mixed(1_000, 40, "second"));
        IncidentClassifier classifier = IncidentClassifier.loadDefault();
        ArticleParser parser = new ArticleParser(1 << 20);
        IncidentMatcher matcher = new IncidentMatcher(IncidentSettings.DEFAULT.identityWindow(),
                IncidentSettings.DEFAULT.maxDistanceKm());
        Map<String, List<KnownIncident>> incidentsByCountry = new HashMap<>();
        Set<String> opened = new HashSet<>();
        List<String> joined = new ArrayList<>();
        for (byte[] record : workload.records()) {
            Article article;
            try {
                article = parser.parse(record);
            } catch (InvalidArticleException e) {
                continue;
            }
            Classification result = classifier.classify(article);
            if (!result.incident()) {
                continue;
            }
            Report report = Report.of(article, result, ARRIVAL);
            List<KnownIncident> known = incidentsByCountry.computeIfAbsent(Sighting.of(article, result, ARRIVAL).partitionKey(),
                    country -> new ArrayList<>());
            Optional<KnownIncident> match = matcher.match(report, known);
            if (match.isPresent()) {
                joined.add(report.articleId() + " joins " + match.get().state().articleIds());
            } else {
                opened.add(report.articleId());
                known.add(IncidentMerger.open(report.articleId(), report, ARRIVAL).incident());
            }
        }
        assertThat(joined).as("incident articles the identity rules put into an earlier incident").isEmpty();
        assertThat(opened).isEqualTo(workload.expectedAlertArticleIds());
    }
}
