package io.incidentalerts.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.incidentalerts.classifier.Article;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser(4096);

    @Test
    void readsAllFields() {
        Article a = parse("{\"id\":\" a1 \",\"url\":\"https://x\",\"source\":\"Wire\",\"title\":\"T\",\"body\":\"B\","
                + "\"publishedAt\":\"2016-07-18T09:18:00Z\",\"language\":\"en\"}");
        assertThat(a).isEqualTo(new Article("a1", "https://x", "Wire", "T", "B",
                Instant.parse("2016-07-18T09:18:00Z"), "en"));
    }

    @Test
    void htmlBodyBecomesTextWithParagraphsKept() {
        Article a = parse("{\"id\":\"h\",\"body\":\"<p>First <b>bold</b> line.</p><p>Second&nbsp;one.</p>"
                + "<script>var x = 1;</script>\"}");
        assertThat(a.body()).isEqualTo("First bold line.\n\nSecond one.");
    }

    @Test
    void textThatMerelyContainsALessThanSignIsNotHtml() {
        assertThat(parse("{\"id\":\"l\",\"body\":\"fewer than 3 < 5 people\"}").body()).isEqualTo("fewer than 3 < 5 people");
    }

    @Test
    void unreadablePublishTimeIsDroppedNotTheArticle() {
        assertThat(parse("{\"id\":\"t\",\"title\":\"x\",\"publishedAt\":\"yesterday\"}").publishedAt()).isNull();
    }

    @Test
    void eachKindOfBadRecordHasItsReason() {
        assertReason("not json at all", RejectReason.NOT_JSON);
        assertReason("[1,2,3]", RejectReason.NOT_JSON);
        assertReason("{\"id\":\"a\",\"title\":\"x\"} trailing", RejectReason.NOT_JSON);
        assertReason("{\"id\":\"a\",\"id\":\"b\",\"title\":\"x\"}", RejectReason.NOT_JSON);
        assertReason("[".repeat(1000), RejectReason.NOT_JSON);
        assertReason("{\"title\":\"no id\"}", RejectReason.MISSING_ID);
        assertReason("{\"id\":\"  \",\"title\":\"blank id\"}", RejectReason.MISSING_ID);
        assertReason("{\"id\":\"a\",\"title\":\" \",\"body\":\"\"}", RejectReason.NO_TEXT);
        assertReason("{\"id\":\"a\",\"body\":\"<p> </p>\"}", RejectReason.NO_TEXT);
        assertReason("{\"id\":7,\"title\":\"x\"}", RejectReason.INVALID_FIELD);
        assertReason("{\"id\":\"a\",\"title\":\"" + "x".repeat(5000) + "\"}", RejectReason.TOO_LARGE);
        assertThatThrownBy(() -> parser.parse(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}))
                .satisfies(e -> assertThat(((InvalidArticleException) e).reason()).isEqualTo(RejectReason.INVALID_UTF8));
        assertThatThrownBy(() -> parser.parse(new byte[0]))
                .satisfies(e -> assertThat(((InvalidArticleException) e).reason()).isEqualTo(RejectReason.NOT_JSON));
    }

    private Article parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private void assertReason(String json, RejectReason reason) {
        assertThatThrownBy(() -> parse(json))
                .isInstanceOf(InvalidArticleException.class)
                .satisfies(e -> assertThat(((InvalidArticleException) e).reason()).as(json).isEqualTo(reason));
    }
}
