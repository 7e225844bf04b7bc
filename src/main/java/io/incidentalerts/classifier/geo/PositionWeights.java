package io.incidentalerts.classifier.geo;

import io.incidentalerts.classifier.rules.Weights;
import java.util.List;

/**
 * How much a mention's place in the text counts: focus spans first, then the opening of the text
 * ({@code place-position-weights.tsv}).
 */
final class PositionWeights {

    private static final Weights W = Weights.load("classifier/place-position-weights.tsv");
    private static final double OPENING_BOOST = W.number("opening.boost");
    private static final double OPENING_CHARS = W.number("opening.chars");
    private static final double FOCUS_BASE = W.number("focus.base");
    private static final double FOCUS_RANK_DECAY = W.number("focus.rank.decay");
    private static final double FOCUS_OPENING_SHARE = W.number("focus.opening.share");
    private static final double OUTSIDE_FOCUS = W.number("outside.focus");

    static {
        W.allTaken();
    }

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
        return FOCUS_BASE / (1.0 + FOCUS_RANK_DECAY * m.focusRank) + FOCUS_OPENING_SHARE * opening;
    }
}
