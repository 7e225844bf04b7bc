package io.incidentalerts.classifier.geo;

import java.text.Normalizer;

/** Folds a word to the form the name index uses: lower case, no diacritics, Latin letters and digits. */
final class NameKeys {

    private NameKeys() {
    }

    /**
     * Key of a whole name, as {@link WordView#nameKey} computes it, with a fast path for plain
     * ASCII names (most of the gazetteer) that skips building tokens.
     */
    static String nameKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        int wordStart = -1;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 128) {
                return WordView.nameKey(name);
            }
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (alnum) {
                if (wordStart < 0) {
                    if (key.length() > 0) {
                        key.append(' ');
                    }
                    wordStart = key.length();
                }
                key.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            } else if (c == '\'' && wordStart >= 0 && i + 1 < name.length() && Character.isLetter(name.charAt(i + 1))) {
                if (isPossessiveEnd(name, i) && key.length() - wordStart + 2 > 4) {
                    i++; // drop a trailing possessive 's, as the tokenizer does
                }
            } else {
                wordStart = -1;
            }
        }
        return key.length() == 0 ? null : key.toString();
    }

    private static boolean isPossessiveEnd(String name, int apostrophe) {
        int s = apostrophe + 1;
        return (name.charAt(s) == 's' || name.charAt(s) == 'S')
                && (s + 1 == name.length() || !Character.isLetterOrDigit(name.charAt(s + 1)));
    }

    /** @return the folded word, or null when nothing matchable is left */
    static String fold(CharSequence text, int start, int end) {
        boolean plain = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 128 || !Character.isLetterOrDigit(c)) {
                plain = false;
                break;
            }
        }
        if (plain) {
            char[] lower = new char[end - start];
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                lower[i - start] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            }
            return new String(lower);
        }
        String decomposed = Normalizer.normalize(text.subSequence(start, end), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            appendFolded(out, Character.toLowerCase(c));
        }
        return out.length() == 0 ? null : out.toString();
    }

    // Letters that NFD leaves whole; everything else outside a-z/0-9 (quotes, other scripts) is dropped
    // so that "Ma'rib" and "Ma’rib" both fold to "marib".
    private static void appendFolded(StringBuilder out, char c) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            out.append(c);
            return;
        }
        switch (c) {
            case 'ı' -> out.append('i');
            case 'ł' -> out.append('l');
            case 'ø' -> out.append('o');
            case 'đ', 'ð' -> out.append('d');
            case 'ß' -> out.append("ss");
            case 'æ' -> out.append("ae");
            case 'œ' -> out.append("oe");
            case 'þ' -> out.append("th");
            default -> {
                if (Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                    out.append(c); // keep other scripts as they are: they then match only themselves
                }
            }
        }
    }
}
