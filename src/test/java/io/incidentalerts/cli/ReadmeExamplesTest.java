package io.incidentalerts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.alert.AlertData;
import io.incidentalerts.alert.ArticleOutcome;
import io.incidentalerts.classifier.Casualties;
import io.incidentalerts.classifier.Category;
import io.incidentalerts.classifier.Severity;
import io.incidentalerts.config.TopicNames;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.config.Setting;
import io.incidentalerts.support.ArticleRecords;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The README's examples are what the code does. */
class ReadmeExamplesTest {

    @Test
    void theReadmesExampleLineIsTheDemosLineForAlmaty() throws Exception {
        ArticleOutcome outcome = ArticleOutcome.of(ArticleRecords.almaty(),
                Integer.parseInt(Setting.MAX_ARTICLE_BYTES.defaultValue()), IncidentClassifier.loadDefault(),
                Clock.systemUTC());
        assertThat(outcome).isInstanceOf(ArticleOutcome.Alerted.class);
        String line = AlertLine.of(((ArticleOutcome.Alerted) outcome).alert());

        assertThat(Files.readString(Path.of("README.md"))).contains("```\n" + line + "\n```");
    }

    @Test
    void theWalkthroughsArticleRaisesTheAlertTheReadmeDescribes() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("<<'JSON'\n") + "<<'JSON'\n".length();
        byte[] article = readme.substring(start, readme.indexOf("\nJSON\n", start)).getBytes(StandardCharsets.UTF_8);
        ArticleOutcome outcome = ArticleOutcome.of(article, Integer.parseInt(Setting.MAX_ARTICLE_BYTES.defaultValue()),
                IncidentClassifier.loadDefault(), Clock.systemUTC());

        assertThat(outcome).isInstanceOf(ArticleOutcome.Alerted.class);
        AlertData alert = ((ArticleOutcome.Alerted) outcome).alert();
        assertThat(alert.category()).isEqualTo(Category.ARMED_ASSAULT);
        assertThat(alert.severity()).isEqualTo(Severity.HIGH);
        assertThat(alert.location().city()).isEqualTo("Kabul");
        assertThat(alert.region()).isEqualTo("Southern Asia");
        assertThat(alert.casualties()).isEqualTo(new Casualties(5, 8));
        assertThat(readme).contains("The alert is an `ARMED_ASSAULT` in Kabul, Afghanistan (Southern Asia), severity HIGH,"
                + " killed 5, injured\n8.")
                .contains("region=" + TopicNames.slug(alert.region()))
                .contains("incidents/" + alert.incidentId() + " ");
    }
}
