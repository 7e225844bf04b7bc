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
            if (t.kind() != io.incidentalerts.classifier.text.Token.Kind.BREAK && k > 0 && !tokens.get(k - 1).isBreak()) {
                int wrapped = Tokenizer.newlinesBefore(text, tokens, k); // a wrapped line starts here
                if (wrapped > 0) {
                    at.line += wrapped;
                    at.sentenceStart = true;
                }
            }
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
                    if (t.norm().isEmpty() || !plainWhole(text, t.start(), t.end(), at, words)) {
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

    /** The word [start, end), or the two of a glued function word and name. */
    private static void whole(String text, int start, int end, Cursor at, List<Token> words) {
        int glued = gluedWordEnd(text, start, end);
        if (glued > 0) { // "atKabul": a lost space after a short function word
            words.add(word(text, start, glued, glued, at.line, at.sentenceStart, NO_CHECK));
            at.sentenceStart = false;
            start = glued;
        }
        int keyEnd = possessiveAt(text, start, end) ? end - 2 : end;
        words.add(word(text, start, end, keyEnd, at.line, at.sentenceStart, NO_CHECK));
        at.sentenceStart = false;
    }

    /**
     * {@link #whole} for a token with no hyphen, apostrophe or number separator inside, told in the
     * same scan that hashes it; false, with nothing added, for any other token (then it is split).
     */
    private static boolean plainWhole(String text, int start, int end, Cursor at, List<Token> words) {
        int glued = gluedWordEnd(text, start, end);
        Token main = word(text, glued > 0 ? glued : start, end, end, at.line, glued <= 0 && at.sentenceStart,
                isDigit(text.charAt(start)) ? JOINED_NUMBER : JOINED_WORD);
        if (main == null) {
            return false;
        }
        if (glued > 0) { // "atKabul": a lost space after a short function word
            words.add(word(text, start, glued, glued, at.line, at.sentenceStart, NO_CHECK));
        }
        words.add(main);
        at.sentenceStart = false;
        return true;
    }

    // What word() refuses: nothing, a hyphen or apostrophe, or these and a number separator too
    private static final int NO_CHECK = 0;
    private static final int JOINED_WORD = 1;
    private static final int JOINED_NUMBER = 2;

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

    private static boolean joins(char c, int refuse) {
        return refuse != NO_CHECK && (c == '-' || c == '\'' || c == '\u2019' || c == '\u2018'
                || (refuse == JOINED_NUMBER && (c == ',' || c == '.')));
    }

    /** The word, or null when {@code refuse} is not NO_CHECK and the word holds a char that joins words. */
    private static Token word(String text, int start, int end, int keyEnd, int line, boolean sentenceStart,
            int refuse) {
        if (end - start > MAX_WORD_CHARS) {
            for (int k = start; k < end; k++) {
                if (joins(text.charAt(k), refuse)) {
                    return null;
                }
            }
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
                } else if (ch >= '0' && ch <= '9') {
                    if (k < keyEnd) {
                        hash.add(ch);
                    }
                } else if (joins(ch, refuse)) {
                    return null;
                }
            } else {
                if (joins(ch, refuse)) {
                    return null;
                }
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
