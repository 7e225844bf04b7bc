package io.incidentalerts.classifier.rules;

import io.incidentalerts.classifier.text.Sentence;
import io.incidentalerts.classifier.toll.TollMention;
import java.util.List;

/**
 * What the rules found in one sentence.
 *
 * @param triggers       triggers that passed masking, negation, frame and support checks
 * @param pending        weak triggers that failed only for lack of support; a neighbouring
 *                       sentence with a toll or perpetrator may supply it
 * @param rawTriggers    how many trigger words were seen before those checks (for confidence)
 * @param weapons        weapon cues (category hints)
 * @param perpetrators   perpetrator cues
 * @param frame          the first frame word (null if none); hard frames block the sentence
 * @param background     recalls an earlier event
 * @param opensBackground starts a background section (this and later sentences)
 * @param tolls          casualty statements
 * @param signals        severity signals
 * @param recent         dates its report to the last hours or days (a {@code RECENT} cue, or a
 *                       written date close before the filing day)
 */
public record SentenceFacts(
        Sentence sentence,
        List<Match> triggers,
        List<Match> pending,
        int rawTriggers,
        List<Match> weapons,
        List<Match> perpetrators,
        Match frame,
        boolean hardFrame,
        boolean background,
        boolean opensBackground,
        List<TollMention> tolls,
        List<Match> signals,
        boolean recent) {

    public boolean lendsSupport() {
        return !perpetrators.isEmpty() || hasWrittenToll();
    }

    public SentenceFacts withTriggers(List<Match> promoted) {
        return new SentenceFacts(sentence, promoted, List.of(), rawTriggers, weapons, perpetrators, frame, hardFrame,
                background, opensBackground, tolls, signals, recent);
    }

    public SentenceFacts asBackground() {
        return new SentenceFacts(sentence, triggers, pending, rawTriggers, weapons, perpetrators, frame, hardFrame,
                true, opensBackground, tolls, signals, recent);
    }

    public SentenceFacts asRecent() {
        return new SentenceFacts(sentence, triggers, pending, rawTriggers, weapons, perpetrators, frame, hardFrame,
                background, opensBackground, tolls, signals, true);
    }

    /** A written casualty figure above zero: "3 killed", not an inferred "killing him". */
    public boolean hasWrittenToll() {
        for (TollMention t : tolls) {
            if (t.value() > 0 && t.written()) {
                return true;
            }
        }
        return false;
    }

    public boolean incident() {
        return !triggers.isEmpty();
    }
}
