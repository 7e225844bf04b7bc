package io.incidentalerts.feeds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.incidentalerts.article.HtmlText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom with Rome: the encoding from the bytes and prolog (leniently, so a
 * wrong declaration does not stop it), characters XML forbids dropped first, HTML turned into text.
 */
final class FeedParser {

    /** A feed that could not be read; the message says why. */
    static final class Unreadable extends Exception {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The items of a feed, and how many it listed that had neither title nor text. */
    record Parsed(List<FeedItem> items, int empty) {
    }

    private FeedParser() {
    }

    static Parsed parse(byte[] body, String feedUrl, String defaultLanguage) throws Unreadable {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), true)) {
            String xml = withoutForbiddenChars(readAll(reader));
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new StringReader(xml));
        } catch (IOException | FeedException | IllegalArgumentException e) {
            throw new Unreadable("not a readable RSS or Atom feed: " + e.getMessage(), e);
        }
        String source = text(feed.getTitle());
        if (source == null) {
            source = FeedUrls.host(feedUrl);
        }
        String language = language(feed.getLanguage(), defaultLanguage);
        List<FeedItem> items = new ArrayList<>();
        int empty = 0;
        for (SyndEntry entry : feed.getEntries()) {
            FeedItem item = item(entry, source, language);
            if (item == null) {
                empty++;
            } else {
                items.add(item);
            }
        }
        return new Parsed(items, empty);
    }

    private static FeedItem item(SyndEntry entry, String source, String language) {
        String title = text(entry.getTitle());
        String body = body(entry);
        if (title == null && body == null) {
            return null;
        }
        String link = link(entry);
        String guid = blankToNull(entry.getUri());
        String identity = guid != null ? guid : link;
        String key = identity != null ? FeedUrls.normalise(identity)
                : "content:" + Hashes.shortHash((title == null ? "" : title) + "\n" + (body == null ? "" : body));
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return new FeedItem(key, link == null ? null : FeedUrls.normalise(link), source, title, body,
                date == null ? null : date.toInstant(), language);
    }

    private static String link(SyndEntry entry) {
        String link = blankToNull(entry.getLink());
        if (link == null && entry.getLinks() != null) {
            for (SyndLink l : entry.getLinks()) {
                if (blankToNull(l.getHref()) != null && (l.getRel() == null || l.getRel().equals("alternate"))) {
                    return l.getHref().strip();
                }
            }
        }
        return link == null ? null : link.strip();
    }

    /** The longest of the item's contents and description, as text. */
    private static String body(SyndEntry entry) {
        String best = null;
        List<SyndContent> candidates = new ArrayList<>(entry.getContents() == null ? List.of() : entry.getContents());
        if (entry.getDescription() != null) {
            candidates.add(entry.getDescription());
        }
        for (SyndContent c : candidates) {
            String t = text(c.getValue());
            if (t != null && (best == null || t.length() > best.length())) {
                best = t;
            }
        }
        return best;
    }

    private static String text(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        return blankToNull(HtmlText.looksLikeHtml(v) || v.contains("&") ? HtmlText.toText(v) : v.strip());
    }

    private static String language(String declared, String fallback) {
        String d = blankToNull(declared);
        if (d == null) {
            return fallback;
        }
        String primary = d.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.length() == 2 ? primary : fallback;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String readAll(XmlReader reader) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) > 0; ) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    /** XML 1.0 allows tab, newline, carriage return and most of the rest; feeds in the wild carry the others. */
    static String withoutForbiddenChars(String xml) {
        StringBuilder out = null;
        for (int i = 0; i < xml.length(); i++) {
            char c = xml.charAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || Character.isSurrogate(c);
            if (!allowed && out == null) {
                out = new StringBuilder(xml.length()).append(xml, 0, i);
            } else if (allowed && out != null) {
                out.append(c);
            }
        }
        return out == null ? xml : out.toString();
    }
}
