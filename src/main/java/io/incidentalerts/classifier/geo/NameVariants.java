package io.incidentalerts.classifier.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * Spelling variants news writers use for gazetteer names, derived from a folded name key:
 * "saint petersburg"/"st petersburg", "al hillah"/"hillah", "iskandariyah"/"iskandariya",
 * "lashkar gah"/"lashkargah".
 */
final class NameVariants {

    private static final int MIN_REST_CHARS = 4;
    private static final List<String> ARTICLES = AreaWords.NAME_ARTICLES.stream().map(a -> a + " ").toList();

    private NameVariants() {
    }

    /** Variants of a place name key; joinWords also offers the two words written as one. */
    static List<String> of(String key, boolean joinWords) {
        List<String> out = new ArrayList<>(3);
        if (key.startsWith("saint ")) {
            out.add("st " + key.substring(6));
        } else if (key.startsWith("st ")) {
            out.add("saint " + key.substring(3));
        }
        for (String article : ARTICLES) {
            if (key.startsWith(article) && key.length() - article.length() >= MIN_REST_CHARS) {
                out.add(key.substring(article.length()));
                break;
            }
        }
        if (key.length() >= 6 && key.endsWith("ah")) {
            out.add(key.substring(0, key.length() - 1));
            for (String article : ARTICLES) {
                if (key.startsWith(article) && key.length() - article.length() >= MIN_REST_CHARS + 1) {
                    out.add(key.substring(article.length(), key.length() - 1));
                    break;
                }
            }
        }
        int space = key.indexOf(' ');
        if (joinWords && space > 0 && key.indexOf(' ', space + 1) < 0) {
            out.add(key.substring(0, space) + key.substring(space + 1));
        }
        return out;
    }
}
