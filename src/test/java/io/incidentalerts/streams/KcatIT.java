package io.incidentalerts.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentalerts.IncidentService;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.config.ConfigLoader;
import io.incidentalerts.support.ArticleRecords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A non-Java client talks to the running service as a user would: Debian's kcat produces an article
 * and reads its alert from the alert topic and from the region topic. CI installs kcat.
 */
class KcatIT {

    @TempDir
    Path dir;

    @Test
    void kcatProducesAnArticleAndConsumesItsAlertFromTheAlertAndRegionTopics() throws Exception {
        boolean haveKcat = Files.isExecutable(Path.of("/usr/bin/kcat"));
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(haveKcat, "kcat is not installed (apt-get install kcat; CI installs it)");
        }
        assertThat(haveKcat).as("kcat installed (apt-get install kcat)").isTrue();
        try (IncidentService service = IncidentService.start(ConfigLoader.load(null, Map.of(), Map.of(
                "embedded.port", "0", "http.port", "0", "state.dir", dir.resolve("state").toString())),
                IncidentClassifier.loadDefault(), Clock.systemUTC())) {
            await().atMost(Duration.ofSeconds(90)).until(() -> service.state() == KafkaStreams.State.RUNNING);
            String broker = service.config().bootstrapServers().orElseThrow();
            Path article = dir.resolve("article.json");
            Files.write(article, ArticleRecords.almaty());

            run(List.of("kcat", "-P", "-b", broker, "-t", "news.articles", "-k", "almaty", article.toString()));
            String alert = run(List.of("kcat", "-C", "-b", broker, "-t", "incident.alerts", "-o", "beginning", "-c", "1",
                    "-X", "isolation.level=read_committed", "-f", "%k %s\\n"));
            String regional = run(List.of("kcat", "-C", "-b", broker, "-t", "incident.alerts.central-asia", "-o",
                    "beginning", "-c", "1", "-X", "isolation.level=read_committed", "-f", "%k %s\\n"));

            assertThat(alert).startsWith("inc-").contains("\"articleId\":\"bs-2016-07-18-almaty\"")
                    .contains("\"city\":\"Almaty\"");
            assertThat(regional.split(" ")[0]).isEqualTo(alert.split(" ")[0]);
        }
    }

    private String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        return out.strip();
    }
}
