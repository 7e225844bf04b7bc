package io.incidentalerts.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.alert.AlertFactory;
import io.incidentalerts.alert.ArticleOutcome;
import io.incidentalerts.article.ArticleParser;
import io.incidentalerts.article.RejectReason;
import io.incidentalerts.classifier.Article;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.classifier.Evidence;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.support.ArticleRecords;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Whatever arrives, the pipeline answers with an alert, a non-incident or a dead-letter reason. */
class HostileInputPropertiesTest {

    private static final IncidentClassifier CLASSIFIER = IncidentClassifier.loadDefault();
    private static final ArticleParser PARSER = new ArticleParser(1 << 20);
    private static final AlertFactory ALERTS = new AlertFactory(Clock.systemUTC());

    @Property(tries = 300)
    void randomBytesAreAccountedFor(@ForAll @Size(max = 2000) byte[] raw) {
        ArticleOutcome outcome = ArticleOutcome.of(raw, PARSER, CLASSIFIER, ALERTS);
        assertThat(outcome).isNotNull();
        if (outcome instanceof ArticleOutcome.Rejected r) {
            assertThat(r.reason()).isNotIn(RejectReason.PROCESSING_ERROR, RejectReason.CLASSIFIER_ERROR);
        }
    }

    @Property(tries = 300)
    void anyTextInAValidArticleIsClassifiedWithoutError(@ForAll("hostileText") String title,
                                                        @ForAll("hostileText") String body) {
        ArticleOutcome outcome = ArticleOutcome.of(ArticleRecords.json("p", title, body), PARSER, CLASSIFIER, ALERTS);
        if (outcome instanceof ArticleOutcome.Rejected r) {
            // The only acceptable rejection of well-formed JSON: no readable text once blanks, NULs and tags go.
            assertThat(r.reason()).isEqualTo(RejectReason.NO_TEXT);
        }
    }

    @Property(tries = 300)
    void evidenceAlwaysQuotesTheTextItPointsAt(@ForAll("hostileText") String title,
                                               @ForAll("hostileText") String body) {
        Article article = PARSER.parse(ArticleRecords.json("e", "Gunmen killed 3 " + title, body + " 12 people were wounded."));
        Classification c = CLASSIFIER.classify(article);
        String text = article.analysedText();
        assertThat(c.confidence()).isBetween(0.0, 1.0);
        for (Evidence e : c.evidence()) {
            assertThat(e.start()).isBetween(0, e.end());
            assertThat(e.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
        }
        if (c.incident()) {
            assertThat(c.casualties().killed()).isNotNegative();
            assertThat(c.casualties().injured()).isNotNegative();
        }
    }

    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> words = Arbitraries.of("killed", "attack", "bomb", "99999999999999999999999", "-5",
                "at least", "dozens", "in", "Almaty", "KABUL", "\u0000", "\u202e", "مقتل", "炸弹", "взрыв", "🙂",
                "\r\n", "\t", "\"", "\\", "<p>", "&amp;", "one", "hundred", "thousand", "wounded", ",", ".");
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(300),
                words.list().ofMaxSize(60).map(l -> String.join(" ", l)),
                Arbitraries.strings().withCharRange('\u0590', '\u06ff').ofMaxLength(200));
    }

    @Property(tries = 50)
    void hugeNumbersNeverOverflowIntoNegativeCounts(@ForAll("digits") String number) {
        Article article = PARSER.parse(ArticleRecords.json("n", "Bomb attack in market",
                "A bomb exploded at a market, killing " + number + " people and wounding " + number + " others."));
        Classification c = CLASSIFIER.classify(article);
        if (c.incident()) {
            assertThat(c.casualties().killed()).isNotNegative();
            assertThat(c.casualties().injured()).isNotNegative();
        }
    }

    @Provide
    Arbitrary<String> digits() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(40);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
