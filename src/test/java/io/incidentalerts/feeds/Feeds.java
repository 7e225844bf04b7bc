package io.incidentalerts.feeds;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Small RSS 2.0 documents for tests. */
final class Feeds {

    record Item(String guid, String link, String title, String description) {
    }

    private Feeds() {
    }

    static Item item(String guid, String link, String title, String description) {
        return new Item(guid, link, title, description);
    }

    static String rss(String title, Item... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>" + title
                + "</title><link>http://localhost/</link><description>test</description>\n"
                + Arrays.stream(items).map(Feeds::xml).collect(Collectors.joining("\n"))
                + "\n</channel></rss>\n";
    }

    private static String xml(Item i) {
        return "<item><title>" + i.title() + "</title>"
                + (i.link() == null ? "" : "<link>" + i.link().replace("&", "&amp;") + "</link>")
                + (i.guid() == null ? "" : "<guid isPermaLink=\"false\">" + i.guid() + "</guid>")
                + "<pubDate>Mon, 30 Nov 2026 07:40:00 GMT</pubDate>"
                + "<description>" + i.description() + "</description></item>";
    }
}
