package io.incidentalerts.eval;

import io.incidentalerts.classifier.rules.RuleFileReader;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Normalises country names so that "USA", "United States" and "the United States of America"
 * compare equal: accents, case, punctuation and a leading "the" are dropped, then aliases from
 * {@code classifier/country-aliases.tsv} map to one canonical name.
 */
public final class CountryNames {

    private final Map<String, String> aliases = new HashMap<>();

    private CountryNames() {
    }

    public static CountryNames load() {
        CountryNames c = new CountryNames();
        for (String[] row : RuleFileReader.read("classifier/country-aliases.tsv")) {
            c.aliases.put(basic(row[0]), basic(row[1]));
        }
        return c;
    }

    public String normalise(String name) {
        if (name == null) {
            return null;
        }
        String b = basic(name);
        return aliases.getOrDefault(b, b);
    }

    public boolean same(String a, String b) {
        return a != null && b != null && normalise(a).equals(normalise(b));
    }

    private static String basic(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        n = n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        return n.startsWith("the ") ? n.substring(4) : n;
    }
}
