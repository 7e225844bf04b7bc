package io.incidentalerts.classifier.rules;

import io.incidentalerts.classifier.text.Sentence;
import io.incidentalerts.classifier.toll.TollMention;
import java.util.List;

/**
 * What the rules found in one sentence.
 *
 * @param triggers       triggers that passed masking, negation, frame and support checks
 * @param rawTriggers    how many trigger words were seen before those checks (for confidence)
 * @param weapons        weapon cues (category hints)
 * @param perpetrators   perpetrator cues
 * @param frame          the first frame word (null if none); hard frames block the sentence
 * @param background     recalls an earlier event
 * @param opensBackground starts a background section (this and later sentences)
 * @param tolls          casualty statements
 * @param signals        severity signals
 */
public record SentenceFacts(
        Sentence sentence,
        List<Match> triggers,
        int rawTriggers,
        List<Match> weapons,
        List<Match> perpetrators,
        Match frame,
        boolean hardFrame,
        boolean background,
        boolean opensBackground,
        List<TollMention> tolls,
        List<Match> signals) {

    public boolean incident() {
        return !triggers.isEmpty();
    }
}
