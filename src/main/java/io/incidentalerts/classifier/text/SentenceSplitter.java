package io.incidentalerts.classifier.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Groups tokens into sentences: a break after '.', '!' or '?' unless the full stop ends a known
 * abbreviation or a single letter ("U.S."), and at every line break (wire copy puts datelines and
 * headlines on their own lines). Case is not used, so all-caps text splits the same way. The hard
 * wrap of wire copy is no break token ({@link Tokenizer}), so it ends no sentence.
 */
public final class SentenceSplitter {

    private static final WordLists LISTS = WordLists.load(LanguagePack.ENGLISH, "abbreviations.tsv");
    /** Words whose full stop ends no sentence: abbreviations.tsv and the month short forms. */
    private static final Set<String> ABBREVIATIONS = Months.union(LISTS.set("abbreviation"), Months.SHORT);

    static {
        LISTS.allTaken();
    }

    private SentenceSplitter() {
    }

    public static List<Sentence> split(List<Token> tokens, int titleEnd) {
        List<Sentence> out = new ArrayList<>();
        int from = 0;
        int paragraph = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean end;
            if (t.isBreak()) {
                end = true;
            } else if (t.kind() == Token.Kind.PUNCT && (t.is(".") || t.is("!") || t.is("?"))) {
                end = !(t.is(".") && i > 0 && abbreviation(tokens.get(i - 1)) && i + 1 < tokens.size()
                        && !tokens.get(i + 1).isBreak());
                // keep a closing quote with its sentence
                while (end && i + 1 < tokens.size() && (tokens.get(i + 1).is("\"") || tokens.get(i + 1).is("'"))) {
                    i++;
                }
            } else {
                end = i == tokens.size() - 1;
            }
            if (end) {
                int to = t.isBreak() ? i : i + 1;
                add(out, tokens, from, to, paragraph, titleEnd);
                if (t.isBreak() && t.is("\n\n")) {
                    paragraph++;
                }
                from = i + 1;
            }
        }
        if (from < tokens.size()) {
            add(out, tokens, from, tokens.size(), paragraph, titleEnd);
        }
        return out;
    }

    /**
     * The sentences with the wire dateline (chars before {@code datelineEnd}) and its separator
     * ("--", "-", ":") taken out of the sentence that holds it: "SAN SALVADOR, 12 MAR 90 (RADIO
     * CADENA) -- [TEXT] THE ARMY ..." opens its first sentence at "[TEXT]". The dateline is read on
     * its own ({@code classifier/dateline}); token and char offsets stay those of the text. The
     * bracketed markers stay: leaving them out too lost a count ("[TEXT] ONE PERSON WAS KILLED"
     * was read by the singular reader from the marker).
     */
    public static List<Sentence> bodyAfterDateline(List<Sentence> sentences, List<Token> tokens, int datelineEnd) {
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            if (s.end() <= datelineEnd) {
                continue; // a dateline on a line of its own is a sentence of its own, as before
            }
            if (s.start() >= datelineEnd) {
                break;
            }
            int from = s.from();
            while (from < s.to() && tokens.get(from).start() < datelineEnd) {
                from++;
            }
            while (from < s.to() && (tokens.get(from).is("-") || tokens.get(from).is(":") || tokens.get(from).is("--"))) {
                from++;
            }
            if (from >= s.to()) {
                break;
            }
            List<Sentence> out = new ArrayList<>(sentences);
            out.set(k, new Sentence(s.index(), from, s.to(), tokens.get(from).start(), s.end(), s.paragraph(), s.title()));
            return out;
        }
        return sentences;
    }

    private static boolean abbreviation(Token prev) {
        return prev.kind() == Token.Kind.WORD && (prev.norm().length() == 1 || ABBREVIATIONS.contains(prev.norm()));
    }

    private static void add(List<Sentence> out, List<Token> tokens, int from, int to, int paragraph, int titleEnd) {
        if (to <= from) {
            return;
        }
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        out.add(new Sentence(out.size(), from, to, start, end, paragraph, end <= titleEnd));
    }
}
