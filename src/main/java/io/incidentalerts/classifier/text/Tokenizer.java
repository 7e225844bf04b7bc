package io.incidentalerts.classifier.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word, number, punctuation and line-break tokens in one linear pass: the one
 * tokenization of an article, shared by detection, tolls and places (geo derives its word view
 * from these tokens). Words keep inner hyphens, apostrophes and combining marks ("twenty-one",
 * "al-Shabaab", "Ma‘rib"); numbers keep thousands separators ("1,200"). Tokens longer than {@link #MAX_TOKEN} chars are kept as junk with an empty norm so
 * that a 1 MB token costs one scan and no look-up.
 *
 * <p>A single line break after a line of at least {@value #WRAPPED_LINE_CHARS} chars, with more text
 * on the next line, is the hard wrap of wire and radio copy (broken at 70-80 columns), not a break:
 * it yields no token, so every reader sees "WAS\nKILLED" as it sees "WAS KILLED". Shorter lines
 * (datelines, headlines, "AFP Almaty (Kazakhstan)") keep their break. {@link #newlinesBefore} still
 * tells where a wrapped line starts.
 */
public final class Tokenizer {

    static final int MAX_TOKEN = 48;

    /** Lines at least this long that run on to the next line are wrapped, not ended. */
    public static final int WRAPPED_LINE_CHARS = 50;

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text, int limit) {
        return tokenize(text, 0, limit);
    }

    /** Tokens of the chars [from, to) of the text (to is capped at its length). */
    public static List<Token> tokenize(String text, int from, int to) {
        int n = Math.min(text.length(), to);
        List<Token> out = new ArrayList<>(Math.min(Math.max(0, n - from) / 5 + 16, 1 << 16));
        int i = Math.max(0, from);
        int lineStart = i;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ') { // a sixth of all chars: skipped before any table look-up
                i++;
            } else if (isLetterOrDigit(c)) {
                i = word(text, i, n, out);
            } else if (c == '\n' || c == '\r') {
                int newlines = 0;
                int s = i;
                while (i < n && Character.isWhitespace(text.charAt(i))) {
                    if (text.charAt(i) == '\n') {
                        newlines++;
                    }
                    i++;
                }
                boolean wrap = newlines == 1 && s - lineStart >= WRAPPED_LINE_CHARS && i < n;
                if (!wrap) {
                    out.add(new Token(s, s + 1, newlines > 1 ? "\n\n" : "\n", Token.Kind.BREAK));
                }
                lineStart = s + 1;
            } else if (Character.isWhitespace(c) || Character.isSurrogate(c) || Character.isISOControl(c)) {
                i++;
            } else {
                out.add(new Token(i, i + 1, punct(c), Token.Kind.PUNCT));
                i++;
            }
        }
        return out;
    }

    /**
     * Newlines between token {@code i} and the token before it (a wrap leaves one there without a
     * token); 0 for the first token.
     */
    public static int newlinesBefore(String text, List<Token> tokens, int i) {
        if (i <= 0 || i >= tokens.size()) {
            return 0;
        }
        int n = 0;
        for (int c = tokens.get(i - 1).end(); c < tokens.get(i).start(); c++) {
            if (text.charAt(c) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Newlines in the whitespace run of a break token that starts at {@code from}, read up to {@code to}. */
    public static int newlines(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < Math.min(to, text.length()) && Character.isWhitespace(text.charAt(i)); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Single-character strings of the ASCII range, shared: punctuation is a quarter of all tokens. */
    private static final String[] ASCII_STRINGS = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_STRINGS[c] = String.valueOf(c);
        }
    }

    // ASCII first: these run for every character of every article.
    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            char lower = (char) (c | 0x20);
            return (lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    private static boolean isDigit(char c) {
        if (c < 128) {
            return c >= '0' && c <= '9';
        }
        return Character.isDigit(c);
    }

    private static String punct(char c) {
        if (c < 128) {
            return ASCII_STRINGS[c];
        }
        return switch (c) {
            case '\u201C', '\u201D', '\u00AB', '\u00BB' -> "\"";
            case '\u2018', '\u2019' -> "'";
            case '\u2013', '\u2014' -> "-";
            default -> String.valueOf(c);
        };
    }

    private static int word(String text, int s, int n, List<Token> out) {
        int i = s;
        boolean digitsOnly = true;
        int shape = 0; // PLAIN, or UPPER / NON_ASCII bits: tells lower() which copy it needs
        int hash = 0; // SharedWords' hash of the lower-cased token, built on the way
        while (i < n) {
            char c = text.charAt(i);
            if (isLetterOrDigit(c) || (c >= 128 && Character.getType(c) == Character.NON_SPACING_MARK)) {
                hash = SharedWords.step(hash, c);
                if (!isDigit(c)) {
                    digitsOnly = false;
                }
                if (c >= 'A' && c <= 'Z') {
                    shape |= UPPER;
                } else if (c >= 128) {
                    shape |= NON_ASCII;
                }
                i++;
            } else if (i + 1 < n && isLetterOrDigit(text.charAt(i + 1))
                    && (c == '-' || c == '\'' || c == '\u2019' || c == '\u2018'
                        || (c == ',' && digitsOnly && thousandsGroup(text, i + 1, n))
                        || (c == '.' && digitsOnly && isDigit(text.charAt(i + 1))))) {
                hash = SharedWords.step(hash, c);
                if (c >= 128) {
                    shape |= NON_ASCII;
                }
                i++;
            } else {
                break;
            }
        }
        int len = i - s;
        if (len > MAX_TOKEN) {
            out.add(new Token(s, i, "", Token.Kind.WORD));
        } else {
            String norm = lower(text, s, i, shape, hash);
            out.add(new Token(s, i, norm, digitsOnly ? Token.Kind.NUMBER : Token.Kind.WORD));
        }
        return i;
    }

    private static final int UPPER = 1;
    private static final int NON_ASCII = 2;

    /**
     * Lower-cases one token without the general-purpose (and slower) String.toLowerCase path.
     * {@code shape} comes from the word scan: 0 when the token is already lower-case ASCII;
     * {@code sharedHash} is the {@link SharedWords} hash the scan built.
     */
    private static String lower(String text, int s, int e, int shape, int sharedHash) {
        if ((shape & NON_ASCII) == 0) {
            String shared = SharedWords.get().find(text, s, e, sharedHash);
            if (shared != null) {
                return shared;
            }
        }
        if (shape == 0) {
            return text.substring(s, e);
        }
        if ((shape & NON_ASCII) == 0) { // one Latin-1 copy, no Character.toLowerCase
            byte[] out = new byte[e - s];
            for (int k = s; k < e; k++) {
                char c = text.charAt(k);
                out[k - s] = (byte) (c >= 'A' && c <= 'Z' ? c + 32 : c);
            }
            return new String(out, StandardCharsets.ISO_8859_1);
        }
        char[] out = new char[e - s];
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            out[k - s] = c == '\u2019' || c == '\u2018' ? '\'' : Character.toLowerCase(c);
        }
        return new String(out);
    }

    /** True when exactly three digits follow (so "1,200" is one number but "3,4" is not). */
    private static boolean thousandsGroup(String text, int at, int n) {
        if (at + 3 > n) {
            return false;
        }
        for (int k = at; k < at + 3; k++) {
            if (!isDigit(text.charAt(k))) {
                return false;
            }
        }
        return at + 3 == n || !isLetterOrDigit(text.charAt(at + 3));
    }
}
