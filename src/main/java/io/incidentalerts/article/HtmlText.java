package io.incidentalerts.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Turns an HTML body into plain text, keeping paragraph breaks so sentences stay apart. */
public final class HtmlText {

    private static final String BLOCKS = "p, div, br, li, h1, h2, h3, h4, h5, h6, tr, blockquote, section, article";

    private HtmlText() {
    }

    public static boolean looksLikeHtml(String text) {
        int lt = text.indexOf('<');
        return lt >= 0 && lt + 1 < text.length() && (Character.isLetter(text.charAt(lt + 1)) || text.charAt(lt + 1) == '/'
                || text.charAt(lt + 1) == '!');
    }

    public static String toText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template").remove();
        for (Element block : doc.select(BLOCKS)) {
            block.appendText("\n\n");
        }
        String text = doc.body() == null ? "" : doc.body().wholeText();
        return text.replace('\u00a0', ' ')
                .replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                .replaceAll(" ?\\n ?", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }
}
