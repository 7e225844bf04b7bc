package io.incidentalerts.classifier.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One shared lower-case String for each word of {@code classifier/shared-words.txt} (the words that
 * make up most of any English text), found straight from the characters of a token in any case,
 * so the tokenizer allocates no norm for them. An open-addressing table; immutable once built.
 */
final class SharedWords {

    private static final SharedWords INSTANCE = load();

    private final String[] table;

    private SharedWords(String[] table) {
        this.table = table;
    }

    static SharedWords get() {
        return INSTANCE;
    }

    private static SharedWords load() {
        List<String> words = words(LanguagePack.ENGLISH.resource("shared-words.txt"));
        String[] table = new String[Integer.highestOneBit(Math.max(words.size(), 1) * 4) * 2];
        for (String w : words) {
            int slot = spread(raw(w, 0, w.length())) & (table.length - 1);
            while (table[slot] != null && !table[slot].equals(w)) {
                slot = (slot + 1) & (table.length - 1);
            }
            table[slot] = w;
        }
        return new SharedWords(table);
    }

    /** Whitespace-separated words; '#' starts a comment. */
    private static List<String> words(String resource) {
        InputStream in = SharedWords.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing word list on classpath: " + resource);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String content = line.replaceFirst("#.*", "").strip();
                for (String w : content.isEmpty() ? new String[0] : content.split("\\s+")) {
                    out.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return out;
    }

    /** The shared lower-case form of text[s, e), or null when it is not a shared word (ASCII letters only). */
    String find(String text, int s, int e) {
        return find(text, s, e, raw(text, s, e));
    }

    /** As {@link #find(String, int, int)}, with the hash of text[s, e) built by {@link #step} already. */
    String find(String text, int s, int e, int hash) {
        int slot = spread(hash) & (table.length - 1);
        for (String w; (w = table[slot]) != null; slot = (slot + 1) & (table.length - 1)) {
            if (w.length() == e - s && sameIgnoringAsciiCase(w, text, s)) {
                return w;
            }
        }
        return null;
    }

    private static boolean sameIgnoringAsciiCase(String lower, String text, int s) {
        for (int k = 0; k < lower.length(); k++) {
            char c = text.charAt(s + k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The hash so far extended by one more char, lower-cased: callers scanning a word build it on the way. */
    static int step(int hash, char c) {
        return 31 * hash + (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }

    private static int raw(String text, int s, int e) {
        int h = 0;
        for (int k = s; k < e; k++) {
            h = step(h, text.charAt(k));
        }
        return h;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
