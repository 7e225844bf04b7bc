package io.incidentalerts.classifier.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words: runs of letters and digits, with an apostrophe inside a word joining it
 * ("Ma'rib") and a trailing possessive "'s" dropped from the key. Hyphens separate words.
 */
final class Tokenizer {

    /** Longer runs are junk (base64, URLs): they never match a name. */
    static final int MAX_WORD_CHARS = 40;

    private Tokenizer() {
    }

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int line = 0;
        boolean sentenceStart = true;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!isLetterOrDigit(c)) {
                if (c == '\n') {
                    line++;
                    sentenceStart = true;
                } else if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '“') {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            int start = i;
            int end = wordEnd(text, i, to);
            int glued = gluedWordEnd(text, start, end);
            if (glued > 0) { // "atKabul": a lost space after a short function word
                tokens.add(word(text, start, glued, glued, line, sentenceStart));
                sentenceStart = false;
                start = glued;
            }
            int keyEnd = possessiveAt(text, start, end) ? end - 2 : end;
            tokens.add(word(text, start, end, keyEnd, line, sentenceStart));
            sentenceStart = false;
            i = end;
        }
        return tokens;
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

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    // ASCII first: this runs for every character of every article.
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
        boolean upperInitial = Character.isUpperCase(text.charAt(start));
        boolean allUpper = letters >= 2 && upper == letters;
        // words with other characters are folded properly, on first use
        return new Token(text, start, end, keyEnd, upperInitial, allUpper, line, sentenceStart,
                ascii ? hash.done() : NameHash.NONE);
    }

    /** Folded key of a whole name: its words' keys joined by single spaces, or null. */
    static String nameKey(String name) {
        List<Token> words = tokenize(name, 0, name.length());
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
