package io.incidentalerts.identity;

import io.incidentalerts.classifier.Evidence;
import java.util.ArrayList;
import java.util.List;

/**
 * One evidence span inside the sentence it came from, so that a reader can see it in context without
 * the article's body: {@code sentence} is that sentence (cut to {@value #MAX_SIDE} chars either side
 * of the span), and {@code start}/{@code end} index the span in {@code sentence}.
 */
public record EvidenceQuote(String field, String text, String sentence, int start, int end) {

    /** Chars kept of the sentence before and after the span; a longer side is cut at a space with "…". */
    static final int MAX_SIDE = 160;
    private static final String CUT = "…";

    /** The quotes of the spans that lie inside {@code text}; others (offsets from another text) are left out. */
    public static List<EvidenceQuote> of(List<Evidence> evidence, String text) {
        List<EvidenceQuote> out = new ArrayList<>();
        if (evidence == null || text == null) {
            return out;
        }
        for (Evidence e : evidence) {
            if (e.start() >= 0 && e.end() <= text.length() && e.start() < e.end()) {
                out.add(quote(e, text));
            }
        }
        return out;
    }

    private static EvidenceQuote quote(Evidence e, String text) {
        int from = sentenceStart(text, e.start());
        int to = sentenceEnd(text, e.end());
        String before = text.substring(from, e.start());
        String after = text.substring(e.end(), to);
        if (before.length() > MAX_SIDE) {
            String kept = before.substring(before.length() - MAX_SIDE);
            int space = kept.indexOf(' ');
            before = CUT + (space >= 0 ? kept.substring(space + 1) : kept);
        }
        if (after.length() > MAX_SIDE) {
            String kept = after.substring(0, MAX_SIDE);
            int space = kept.lastIndexOf(' ');
            after = (space > 0 ? kept.substring(0, space) : kept) + CUT;
        }
        String span = text.substring(e.start(), e.end());
        return new EvidenceQuote(e.field(), span, before + span + after, before.length(), before.length() + span.length());
    }

    /** Just after the last line break, or the last '.', '!' or '?' followed by a space, before {@code at}. */
    private static int sentenceStart(String text, int at) {
        for (int i = at - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (Character.isWhitespace(c) && isStop(text.charAt(i - 1))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Through the first '.', '!' or '?' followed by a space or the end, or up to a line break, from {@code at}. */
    private static int sentenceEnd(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i;
            }
            if (isStop(c) && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }
}
