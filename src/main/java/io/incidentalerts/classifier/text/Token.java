package io.incidentalerts.classifier.text;

/**
 * One token of the analysed text. {@code start}/{@code end} are char offsets into the analysed
 * text; {@code norm} is the lower-cased form used for look-ups ("" for junk tokens).
 */
public record Token(int start, int end, String norm, Kind kind) {

    public enum Kind { WORD, NUMBER, PUNCT, BREAK }

    public boolean is(String s) {
        return norm.equals(s);
    }

    public boolean isBreak() {
        return kind == Kind.BREAK;
    }
}
