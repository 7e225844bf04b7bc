package io.incidentalerts.classifier;

import io.incidentalerts.classifier.model.SecondOpinion.Opinion;
import io.incidentalerts.classifier.rules.SentenceFacts;
import io.incidentalerts.classifier.rules.Weights;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides from the evidence of every sentence whether an article reports a new incident, with the
 * weights of {@code classifier/decision.tsv}: a sentence in the opening speaks on its own, a later
 * one when its toll or recent dating outweighs its distance from the top.
 */
final class DocumentDecision {

    /** The article's shape, which sets the opening and whether later sentences may speak. */
    enum Shape { TITLED, QUIET_TITLE, UNTITLED }

    private final Map<Shape, Integer> lead = new HashMap<>();
    private final Map<Shape, Boolean> beyond = new HashMap<>();
    private final double base;
    private final double toll;
    private final double recent;
    private final int recentDays;
    private final double decay;
    private final double floor;
    private final double threshold;
    private final int modelMinSentences;
    private final double modelPromote;
    private final double modelVeto;
    private final double modelPromoteUnsupported;
    private final double modelSentenceWeight;

    private DocumentDecision(Weights w) {
        lead.put(Shape.TITLED, (int) w.whole("lead.titled"));
        lead.put(Shape.QUIET_TITLE, (int) w.whole("lead.quiet.title"));
        lead.put(Shape.UNTITLED, (int) w.whole("lead.untitled"));
        beyond.put(Shape.TITLED, w.text("beyond.titled").equals("1"));
        beyond.put(Shape.QUIET_TITLE, w.text("beyond.quiet.title").equals("1"));
        beyond.put(Shape.UNTITLED, w.text("beyond.untitled").equals("1"));
        base = w.number("base");
        toll = w.number("toll");
        recent = w.number("recent");
        recentDays = (int) w.whole("recent.days");
        decay = w.number("decay");
        floor = w.number("floor");
        threshold = w.number("threshold");
        modelMinSentences = (int) w.whole("model.min.sentences");
        modelPromote = w.number("model.promote");
        modelVeto = w.number("model.veto");
        modelPromoteUnsupported = w.number("model.promote.unsupported");
        modelSentenceWeight = w.number("model.sentence.weight");
        w.allTaken();
    }

    /** Whether a date written this many days before the filing day dates a recent report ("ON 30 DECEMBER"). */
    boolean recentGap(long daysBefore) {
        return daysBefore >= 0 && daysBefore <= recentDays;
    }

    static DocumentDecision load() {
        return new DocumentDecision(Weights.load("classifier/decision.tsv"));
    }

    static Shape shape(List<SentenceFacts> facts) {
        boolean titled = false;
        for (SentenceFacts f : facts) {
            if (f.sentence().title()) {
                titled = true;
                if (f.rawTriggers() > 0) {
                    return Shape.TITLED;
                }
            }
        }
        return titled ? Shape.QUIET_TITLE : Shape.UNTITLED;
    }

    /** The title's and body's sentences that report the incident, in article order; empty if none does. */
    List<SentenceFacts> incidentSentences(List<SentenceFacts> facts, Shape shape) {
        List<SentenceFacts> out = new ArrayList<>();
        int opening = lead.get(shape);
        boolean later = beyond.get(shape);
        int body = 0;
        for (SentenceFacts f : facts) {
            boolean inTitle = f.sentence().title();
            int position = inTitle ? 0 : body++;
            if (!inTitle && position >= opening && !later) {
                break;
            }
            if (f.incident() && !f.background() && score(f) * weight(position, opening) >= threshold) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The incident sentences once the learned second opinion has spoken: its log-odds are the
     * document model's plus model.sentence.weight times the best sentence's (NaN says nothing).
     * Below the veto, with the document model's own log-odds below it too, it overrules the rules'
     * incident: the sentence model, trained on one genre, may lift a story but not sink one alone.
     * Where the rules found none, at the promote level it accepts every sentence that reports
     * violence and is not background, wherever it stands; failing those, at the higher
     * promote.unsupported level, the sentences whose weak trigger only lacked support ("the attack
     * on Senator X").
     */
    List<SentenceFacts> withSecondOpinion(List<SentenceFacts> facts, List<SentenceFacts> ruled, Opinion second) {
        double opinion = second.combined(modelSentenceWeight);
        if (!ruled.isEmpty()) {
            return opinion < modelVeto && second.document() < modelVeto ? List.of() : ruled;
        }
        List<SentenceFacts> supported = new ArrayList<>();
        List<SentenceFacts> unsupported = new ArrayList<>();
        for (SentenceFacts f : facts) {
            if (f.background()) {
                continue;
            }
            if (f.incident()) {
                supported.add(f);
            } else if (!f.pending().isEmpty() && !f.hardFrame()) {
                unsupported.add(f.withTriggers(f.pending()));
            }
        }
        if (!supported.isEmpty()) {
            return opinion >= modelPromote ? supported : List.of();
        }
        return opinion >= modelPromoteUnsupported ? unsupported : List.of();
    }

    /**
     * Where the rules are unsure: untitled copy longer than its opening, whose event may stand in
     * any paragraph (short notes and summaries, and titled news, are decided by the rules alone).
     */
    boolean consultsModel(Shape shape, List<SentenceFacts> facts) {
        if (shape != Shape.UNTITLED) {
            return false;
        }
        int body = 0;
        for (SentenceFacts f : facts) {
            body += f.sentence().title() ? 0 : 1;
        }
        return body >= modelMinSentences;
    }

    double score(SentenceFacts f) {
        return base + (f.hasWrittenToll() ? toll : 0) + (f.recent() ? recent : 0);
    }

    double weight(int position, int opening) {
        return position < opening ? 1.0 : Math.max(floor, 1.0 - decay * (position - opening + 1));
    }
}
