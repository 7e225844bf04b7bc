package io.incidentalerts.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing the three feed families, and feeds as they come in the wild. */
class FeedParserTest {

    @Test
    void rss2ItemsKeyedByGuidElseByNormalisedLinkWithHtmlTurnedIntoText() throws Exception {
        List<FeedItem> items = parse("/feeds/samples/world-wire.rss").items();
        assertThat(items).hasSize(3);
        FeedItem first = items.get(0);
        assertThat(first.key()).isEqualTo("sample-world-wire-0001");
        assertThat(first.url()).isEqualTo("http://localhost/world/maiduguri-market-attack");
        assertThat(first.source()).isEqualTo("Sample World Wire");
        assertThat(first.language()).isEqualTo("en");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2026-11-30T07:40:00Z"));
        assertThat(first.body()).startsWith("Gunmen on motorcycles opened fire at a cattle market outside Maiduguri, Borno")
                .contains("\n\nThe attackers fled").doesNotContain("<");
        assertThat(items.get(1).key()).as("no GUID: the link").isEqualTo("http://localhost/world/quetta-car-bomb");
        assertThat(items.get(1).body()).as("the fuller content:encoded wins over the description")
                .contains("Rescue workers took the injured");
    }

    @Test
    void atomEntriesKeyedByTheirId() throws Exception {
        FeedParser.Parsed parsed = parse("/feeds/samples/city-desk.atom");
        assertThat(parsed.items()).extracting(FeedItem::key)
                .containsExactly("urn:incident-alerts:sample:city-desk:0001", "urn:incident-alerts:sample:city-desk:0002");
        FeedItem first = parsed.items().get(0);
        assertThat(first.body()).startsWith("A gunman opened fire at the main bus station in Mombasa");
        assertThat(first.url()).isEqualTo("http://localhost/city/mombasa-bus-station-shooting");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2026-11-30T08:20:00Z"));
        assertThat(parsed.items().get(1).publishedAt()).as("no published: updated")
                .isEqualTo(Instant.parse("2026-11-30T06:00:00Z"));
    }

    @Test
    void rss1RdfItems() throws Exception {
        List<FeedItem> items = parse("/feeds/samples/regional.rdf").items();
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("City library reopens after renovation");
            assertThat(i.key()).isEqualTo("http://localhost/regional/library-reopens");
            assertThat(i.source()).isEqualTo("Sample Regional Notes");
        });
    }

    @Test
    void charactersXmlForbidsAreDroppedNotFatal() throws Exception {
        String feed = Feeds.rss("Ctl", Feeds.item("c-1", null, "Bad\u0001 byte\u000b here", "Text\u0000 too."));
        FeedParser.Parsed parsed = FeedParser.parse(feed.getBytes(StandardCharsets.UTF_8), "http://x.test/", null);
        assertThat(parsed.items()).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("Bad byte here");
            assertThat(i.body()).isEqualTo("Text too.");
        });
    }

    @Test
    void aWrongEncodingDeclarationStillReads() throws Exception {
        byte[] latin1 = Feeds.rss("Caf\u00e9", Feeds.item("e-1", null, "R\u00e9sum\u00e9 of the day", "D\u00e9j\u00e0 vu."))
                .getBytes(StandardCharsets.ISO_8859_1);
        FeedParser.Parsed parsed = FeedParser.parse(latin1, "http://x.test/", "fr");
        assertThat(parsed.items()).singleElement().satisfies(i -> {
            assertThat(i.title()).startsWith("R").endsWith("of the day");
            assertThat(i.language()).as("the feed declares none: the default").isEqualTo("fr");
        });
    }

    @Test
    void itemsWithNeitherTitleNorTextAreCountedNotPublished() throws Exception {
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>E</title>"
                + "<item><link>http://x.test/1</link></item><item><title>T</title></item></channel></rss>";
        FeedParser.Parsed parsed = FeedParser.parse(feed.getBytes(StandardCharsets.UTF_8), "http://x.test/feed", null);
        assertThat(parsed.empty()).isEqualTo(1);
        assertThat(parsed.items()).singleElement().satisfies(i ->
                assertThat(i.key()).as("neither GUID nor link: a hash of the text").startsWith("content:"));
    }

    @Test
    void aFeedWithoutTitleIsSourcedByItsHost() throws Exception {
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<item><title>T</title><link>http://x.test/1</link></item></channel></rss>";
        assertThat(FeedParser.parse(feed.getBytes(StandardCharsets.UTF_8), "https://Feeds.Example.org/rss", null)
                .items().get(0).source()).isEqualTo("feeds.example.org");
    }

    @Test
    void garbageAndDoctypesAreUnreadable() {
        assertThatThrownBy(() -> FeedParser.parse("{\"json\": true}".getBytes(StandardCharsets.UTF_8), "http://x/", null))
                .isInstanceOf(FeedParser.Unreadable.class);
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
        assertThatThrownBy(() -> FeedParser.parse(xxe.getBytes(StandardCharsets.UTF_8), "http://x/", null))
                .isInstanceOf(FeedParser.Unreadable.class);
    }

    private static FeedParser.Parsed parse(String resource) throws IOException, FeedParser.Unreadable {
        try (InputStream in = FeedParserTest.class.getResourceAsStream(resource)) {
            return FeedParser.parse(in.readAllBytes(), "http://localhost/feed", null);
        }
    }
}
