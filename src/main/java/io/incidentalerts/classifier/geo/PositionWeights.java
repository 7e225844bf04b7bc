package io.incidentalerts.classifier.geo;

import java.util.List;

/** How much a mention's place in the text counts: focus spans first, then the opening of the text. */
final class PositionWeights {

    private static final double OPENING_BOOST = 2.0;
    private static final double OPENING_CHARS = 400.0;
    private static final double FOCUS_BASE = 3.0;
    private static final double OUTSIDE_FOCUS = 0.35;

    private PositionWeights() {
    }

    static void markFocus(List<Mention> mentions, List<TextSpan> focus) {
        for (Mention m : mentions) {
            for (int r = 0; r < focus.size(); r++) {
                TextSpan span = focus.get(r);
                if (span != null && m.start >= span.start() && m.end <= span.end()) {
                    m.focusRank = r;
                    break;
                }
            }
        }
    }

    /** The weight of a mention outside every focus span of a text that has some. */
    static double background(Mention m) {
        return OUTSIDE_FOCUS * (1.0 + OPENING_BOOST * Math.exp(-m.start / OPENING_CHARS));
    }

    static double of(Mention m, boolean hasFocus) {
        double opening = 1.0 + OPENING_BOOST * Math.exp(-m.start / OPENING_CHARS);
        if (!hasFocus) {
            return opening;
        }
        if (m.focusRank < 0) {
            return OUTSIDE_FOCUS * opening;
        }
        return FOCUS_BASE / (1.0 + 0.3 * m.focusRank) + 0.25 * opening;
    }
}
