package io.incidentalerts.classifier.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The named word lists of one language-pack file ({@code place-words.tsv}, {@code toll-grammar.tsv}
 * ...): a line is a list name, a TAB, and words separated by spaces; a name may go on over several
 * lines. '#' starts a comment. Words are lower case, as the token norms they are compared with.
 * One class holds each file's lists in static fields, so a file is read once, at class load; that
 * class takes every list by name and then calls {@link #allTaken()}, so a misspelt name in the file
 * fails the start instead of being ignored.
 */
public final class WordLists {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final String source;
    private final Map<String, List<String>> lists;
    private final Set<String> taken = new HashSet<>();

    private WordLists(String source, Map<String, List<String>> lists) {
        this.source = source;
        this.lists = lists;
    }

    /** The lists of {@code file} in the pack. */
    public static WordLists load(LanguagePack pack, String file) {
        String resource = pack.resource(file);
        InputStream in = WordLists.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing word list file on classpath: " + resource);
        }
        return read(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Parses lists from {@code in}; errors name {@code source} and the line. */
    static WordLists read(String source, Reader in) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(in)) {
            int no = 0;
            for (String line; (line = r.readLine()) != null; ) {
                no++;
                int hash = line.indexOf('#');
                String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!content.isEmpty()) {
                    addLine(source + ":" + no, content, lists);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source, e);
        }
        return new WordLists(source, lists);
    }

    private static void addLine(String where, String content, Map<String, List<String>> lists) {
        int tab = content.indexOf('\t');
        if (tab < 0) {
            throw new IllegalStateException(where + ": expected a list name, a TAB and words: " + content);
        }
        String name = content.substring(0, tab);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalStateException(where + ": a list name is lower-case letters, digits and '-': " + name);
        }
        List<String> words = lists.computeIfAbsent(name, k -> new ArrayList<>());
        for (String w : content.substring(tab + 1).strip().split("\\s+")) {
            if (!w.equals(w.toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException(where + ": words are lower case (tokens are compared by norm): " + w);
            }
            if (words.contains(w)) {
                throw new IllegalStateException(where + ": '" + w + "' is already in list " + name);
            }
            words.add(w);
        }
    }

    /** The list as a set for lookups. */
    public Set<String> set(String name) {
        return Set.copyOf(list(name));
    }

    /** The list in file order. */
    public List<String> list(String name) {
        List<String> words = lists.get(name);
        if (words == null) {
            throw new IllegalStateException(source + ": no list '" + name + "'");
        }
        taken.add(name);
        return List.copyOf(words);
    }

    /** Fails when the file has a list that no one took: a misspelt or stale name. */
    public void allTaken() {
        for (String name : lists.keySet()) {
            if (!taken.contains(name)) {
                throw new IllegalStateException(source + ": list '" + name + "' is read by no code");
            }
        }
    }
}
