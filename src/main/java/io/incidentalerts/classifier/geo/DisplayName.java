package io.incidentalerts.classifier.geo;

import java.text.Normalizer;

/**
 * The name an alert shows for a place: its gazetteer name in plain Latin letters ("Ürümqi" ->
 * "Urumqi", "‘Afrīn" -> "Afrin", "Xi’an" -> "Xi'an"). The gazetteer's own ASCII form spells umlauts
 * the German way ("UEruemqi", "Malmoe") and keeps a leading ayn as a backtick ("`Afrin"), which reads
 * wrong for most of the world; it is kept for names that do not fold to ASCII.
 */
final class DisplayName {

    private DisplayName() {
    }

    static String of(String name, String ascii) {
        String folded = fold(name);
        if (folded.isEmpty() || !isAscii(folded)) {
            return ascii == null || ascii.isEmpty() ? name : dropLeadingMarks(ascii);
        }
        return folded;
    }

    private static String fold(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (char c : Normalizer.normalize(name, Normalizer.Form.NFD).toCharArray()) {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(switch (c) {
                case 'ł' -> "l";
                case 'Ł' -> "L";
                case 'ı' -> "i";
                case 'ø' -> "o";
                case 'Ø' -> "O";
                case 'đ' -> "d";
                case 'Đ' -> "D";
                case 'ß' -> "ss";
                case 'æ' -> "ae";
                case 'Æ' -> "Ae";
                case 'œ' -> "oe";
                case 'Œ' -> "Oe";
                case 'ħ' -> "h";
                case 'Ħ' -> "H";
                case '‘', '’', 'ʼ', 'ʻ', 'ʿ', 'ʾ', '`' -> "'";
                default -> String.valueOf(c);
            });
        }
        return dropLeadingMarks(out.toString());
    }

    /** An apostrophe that starts a word marks an ayn or hamza, not a letter: "'Afrin" -> "Afrin". */
    private static String dropLeadingMarks(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean wordStart = i == 0 || s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '-';
            if (wordStart && (c == '\'' || c == '`')) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
