package io.incidentalerts.classifier.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentalerts.classifier.Location;
import io.incidentalerts.classifier.Precision;
import io.incidentalerts.support.ArticleRecords;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The project's seed wire story: the attacks in Almaty, with Aktobe and Russia only in the background. */
class SeedArticlePlaceTest {

    private static final PlaceResolver RESOLVER = PlaceResolver.loadDefault();

    /** The seed story as the demo samples carry it (the first line of samples/articles.jsonl). */
    private static String seedText() throws IOException {
        JsonNode article = new ObjectMapper().readTree(ArticleRecords.almaty());
        return article.get("title").asText() + "\n\n" + article.get("body").asText();
    }

    private static void assertAlmaty(Location l) {
        assertThat(l.city()).isEqualTo("Almaty");
        assertThat(l.country()).isEqualTo("Kazakhstan");
        assertThat(l.countryCode()).isEqualTo("KZ");
        assertThat(l.region()).isEqualTo("Central Asia");
        assertThat(l.continent()).isEqualTo("Asia");
        assertThat(l.precision()).isEqualTo(Precision.CITY);
        assertThat(l.lat()).isBetween(43.0, 43.5);
        assertThat(l.lon()).isBetween(76.7, 77.2);
    }

    @Test
    void wholeArticleWithoutFocus() throws IOException {
        assertAlmaty(RESOLVER.resolve(seedText()).orElseThrow().location());
    }

    @Test
    void allCapsArticle() throws IOException {
        assertAlmaty(RESOLVER.resolve(seedText().toUpperCase(java.util.Locale.ROOT)).orElseThrow().location());
    }

    @Test
    void incidentSentenceAsFocus() throws IOException {
        String text = seedText();
        int start = text.indexOf("Three police officers");
        int end = text.indexOf('\n', start);
        PlaceMatch m = RESOLVER.resolve(text, List.of(new TextSpan(start, end))).orElseThrow();
        assertAlmaty(m.location());
        assertThat(m.start()).isBetween(start, end);
    }

    @Test
    void backgroundParagraphAsFocusFindsAktobe() throws IOException {
        String text = seedText();
        int start = text.indexOf("Gunmen went on a rampage");
        int end = text.indexOf('\n', start);
        Location l = RESOLVER.resolve(text, List.of(new TextSpan(start, end))).orElseThrow().location();
        assertThat(l.city()).isEqualTo("Aktobe");
    }
}
