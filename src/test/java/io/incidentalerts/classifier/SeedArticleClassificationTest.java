package io.incidentalerts.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The Almaty wire story (the first demo sample), plus a story of our own with a background section. */
class SeedArticleClassificationTest {

    @Test
    void almatyStory() throws Exception {
        JsonNode n = new ObjectMapper().readTree(io.incidentalerts.support.ArticleRecords.almaty());
        Article a = new Article(n.get("id").asText(), n.get("url").asText(), n.get("source").asText(),
                n.get("title").asText(), n.get("body").asText(), Instant.parse(n.get("publishedAt").asText()), "en");
        for (Article variant : new Article[] {a, upper(a)}) {
            Classification c = Articles.CLASSIFIER.classify(variant);
            Articles.assertEvidenceConsistent(variant, c);
            assertThat(c.incident()).isTrue();
            assertThat(c.category()).isEqualTo(Category.ARMED_ASSAULT);
            assertThat(c.casualties()).isEqualTo(new Casualties(4, 7));
            assertThat(c.severity().atLeast(Severity.HIGH)).isTrue();
            assertThat(c.evidence()).extracting(Evidence::field).contains("incident", "category", "killed", "injured",
                    "severity");
            assertThat(c.evidence()).filteredOn(e -> e.field().equals("dateline")).extracting(Evidence::text)
                    .containsExactly(variant == a ? "AFP Almaty (Kazakhstan)" : "AFP ALMATY (KAZAKHSTAN)");
            int background = variant.analysedText().indexOf(variant.body().substring(
                    a.body().indexOf("The country has been rocked")));
            assertThat(c.evidence()).filteredOn(e -> !e.field().equals("severity"))
                    .allSatisfy(e -> assertThat(e.start()).isLessThan(background));
        }
    }

    private static Article upper(Article a) {
        return new Article(a.id(), a.url(), a.source(), a.title().toUpperCase(java.util.Locale.ROOT),
                a.body().toUpperCase(java.util.Locale.ROOT), a.publishedAt(), a.language());
    }

    @Test
    void backgroundTollIsNotThisIncidentsToll() {
        Classification c = Articles.classify("Gunman wounds two guards at port",
                "A gunman opened fire at the gate of the northern port on Tuesday, wounding two guards, "
                        + "police said.\n\nThe suspect fled on foot and a manhunt is under way.\n\n"
                        + "The region has been rocked by violence in recent months.\n\n"
                        + "In March, militants killed 25 soldiers in an ambush near the border.");
        assertThat(c.incident()).isTrue();
        assertThat(c.casualties()).isEqualTo(new Casualties(0, 2));
    }

    @Test
    void earlierYearIsBackground() {
        Article a = new Article("y", null, null, "Blast hits bus station",
                "A bomb exploded at the bus station on Friday, injuring six people.\n\n"
                        + "A similar attack in 2019 killed 30 people at the same station.",
                Instant.parse("2023-05-05T10:00:00Z"), "en");
        Classification c = Articles.CLASSIFIER.classify(a);
        assertThat(c.casualties()).isEqualTo(new Casualties(0, 6));
        assertThat(c.category()).isEqualTo(Category.BOMBING);
    }
}
