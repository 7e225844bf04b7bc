package io.incidentalerts.classifier.geo;

import io.incidentalerts.classifier.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Geo's view of the article's tokens (from the one {@link Tokenizer} pass): the words names are made
 * of. Only the characters inside word and number tokens are read. An apostrophe inside a word joins
 * it ("Ma'rib"), a trailing possessive "'s" is left out of the key, hyphens and number separators
 * split a token into words ("al-Hasakeh", "1,200"), and a short function word glued to a capitalised
 * name ("atKabul") is split off. Line breaks and sentence punctuation give each word its line and
 * its sentence-start flag.
 */
final class WordView {

    /** Longer runs are junk (base64, URLs): they never match a name. */
    static final int MAX_WORD_CHARS = 40;

    private WordView() {
    }

    static List<Token> of(String text, List<io.incidentalerts.classifier.text.Token> tokens) {
        List<Token> words = new ArrayList<>(tokens.size());
        Cursor at = new Cursor();
        for (int k = 0; k < tokens.size(); k++) {
            io.incidentalerts.classifier.text.Token t = tokens.get(k);
            switch (t.kind()) {
                case BREAK -> {
                    int to = k + 1 < tokens.size() ? tokens.get(k + 1).start() : text.length();
                    int newlines = Tokenizer.newlines(text, t.start(), to);
                    if (newlines > 0) {
                        at.line += newlines;
                        at.sentenceStart = true;
                    }
                }
                case PUNCT -> at.sentenceStart |= endsSentence(text.charAt(t.start()));
                default -> {
                    if (plain(t)) {
                        whole(text, t.start(), t.end(), at, words);
                    } else {
                        split(text, t.start(), t.end(), at, words);
                    }
                }
            }
        }
        return words;
    }

    /** Where the reading stands: the line, and whether the next word opens a sentence or line. */
    private static final class Cursor {
        int line;
        boolean sentenceStart = true;
    }

    private static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '“';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || (c >= 128 && Character.isDigit(c));
    }

    /** No hyphen, apostrophe or number separator inside: the token is one geo word (or a glued pair). */
    private static boolean plain(io.incidentalerts.classifier.text.Token t) {
        String norm = t.norm();
        if (norm.isEmpty()) {
            return false;
        }
        boolean number = isDigit(norm.charAt(0));
        for (int k = 0; k < norm.length(); k++) { // one pass: this runs for every word of the article
            char c = norm.charAt(k);
            if (c == '-' || c == '\'' || (number && (c == ',' || c == '.'))) {
                return false;
            }
        }
        return true;
    }

    /** The word [start, end), or the two of a glued function word and name. */
    private static void whole(String text, int start, int end, Cursor at, List<Token> words) {
        int glued = gluedWordEnd(text, start, end);
        if (glued > 0) { // "atKabul": a lost space after a short function word
            words.add(word(text, start, glued, glued, at.line, at.sentenceStart));
            at.sentenceStart = false;
            start = glued;
        }
        int keyEnd = possessiveAt(text, start, end) ? end - 2 : end;
        words.add(word(text, start, end, keyEnd, at.line, at.sentenceStart));
        at.sentenceStart = false;
    }

    // One word or number token [from, to) into geo words.
    private static void split(String text, int from, int to, Cursor at, List<Token> words) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!isLetterOrDigit(c)) { // a hyphen, an apostrophe before no letter, a number separator
                at.sentenceStart |= c == '.';
                i++;
                continue;
            }
            int end = wordEnd(text, i, to);
            whole(text, i, end, at, words);
            i = end;
        }
    }

    private static int wordEnd(String text, int i, int to) {
        while (i < to) {
            char c = text.charAt(i);
            if (isLetterOrDigit(c) || (c >= 128 && Character.getType(c) == Character.NON_SPACING_MARK)) {
                i++;
            } else if (isApostrophe(c) && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    // Scraped text sometimes loses the space after a function word ("atKabul University", "TheIslamic
    // State"): such a word is split where a capitalised word starts right after the function word.
    private static final String[] GLUED_WORDS = {"at", "in", "on", "of", "near", "from", "the", "The"};

    private static int gluedWordEnd(String text, int start, int end) {
        if (end - start < 5) { // the shortest glued word (2 chars) needs 3 more after it
            return -1;
        }
        // a glued word is 2 to 4 chars long: most tokens have no capital then lower-case letter there
        if (!capitalThenLower(text, start + 2, end) && !capitalThenLower(text, start + 3, end)
                && !capitalThenLower(text, start + 4, end)) {
            return -1;
        }
        for (String w : GLUED_WORDS) {
            int p = start + w.length();
            // cheap character checks first: startsWith runs only when a capital follows the candidate
            if (end - p >= 3 && isAsciiUpper(text.charAt(p)) && isAsciiLower(text.charAt(p + 1))
                    && text.startsWith(w, start)) {
                return p;
            }
        }
        return -1;
    }

    private static boolean capitalThenLower(String text, int p, int end) {
        return end - p >= 3 && isAsciiUpper(text.charAt(p)) && isAsciiLower(text.charAt(p + 1));
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    // ASCII first: this runs for every character of every word.
    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            char lower = (char) (c | 0x20);
            return (lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    private static boolean possessiveAt(String text, int start, int end) {
        return end - start > 4 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
                && isApostrophe(text.charAt(end - 2));
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '‘';
    }

    private static Token word(String text, int start, int end, int keyEnd, int line, boolean sentenceStart) {
        if (end - start > MAX_WORD_CHARS) {
            return new Token(text, start, end, keyEnd, false, false, line, sentenceStart, NameHash.NONE);
        }
        int letters = 0;
        int upper = 0;
        boolean ascii = true;
        NameHash.Builder hash = NameHash.builder();
        for (int k = start; k < end; k++) {
            char ch = text.charAt(k);
            if (ch < 128) {
                if (ch >= 'A' && ch <= 'Z') {
                    letters++;
                    upper++;
                    if (k < keyEnd) {
                        hash.add((char) (ch + 32));
                    }
                } else if (ch >= 'a' && ch <= 'z') {
                    letters++;
                    if (k < keyEnd) {
                        hash.add(ch);
                    }
                } else if (ch >= '0' && ch <= '9' && k < keyEnd) {
                    hash.add(ch);
                }
            } else {
                ascii = false;
                if (Character.isLetter(ch)) {
                    letters++;
                    if (Character.isUpperCase(ch)) {
                        upper++;
                    }
                }
            }
        }
        char first = text.charAt(start);
        boolean upperInitial = first < 128 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(first);
        boolean allUpper = letters >= 2 && upper == letters;
        // words with other characters are folded properly, on first use
        return new Token(text, start, end, keyEnd, upperInitial, allUpper, line, sentenceStart,
                ascii ? hash.done() : NameHash.NONE);
    }

    /** Geo words of a text tokenized on its own (a name, a span read apart from the article). */
    static List<Token> of(String text, int from, int to) {
        return of(text, Tokenizer.tokenize(text, from, to));
    }

    /** Folded key of a whole name: its words' keys joined by single spaces, or null. */
    static String nameKey(String name) {
        List<Token> words = of(name, 0, name.length());
        StringBuilder key = new StringBuilder();
        for (Token t : words) {
            if (t.key() == null) {
                return null;
            }
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(t.key());
        }
        return key.length() == 0 ? null : key.toString();
    }

    static int wordCount(String key) {
        int n = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }
}
