package io.incidentalerts.classifier.model;

import io.incidentalerts.classifier.text.Sentence;
import java.nio.file.Path;
import java.util.List;

/**
 * The classifier's learned second opinion on full-length copy: a document model that scores the
 * whole story and a sentence model that scores each sentence as the one telling the incident
 * itself. Both are {@link RelevanceModel}s from one file written by
 * {@code scripts/model/train-relevance.py} ({@link ModelFile}). Immutable and thread-safe.
 */
public final class SecondOpinion {

    public static final String DEFAULT_RESOURCE = "classifier/model/relevance.tsv.gz";

    private final RelevanceModel document;
    private final RelevanceModel sentence;

    /** @param sentence {@code null} for a document model alone */
    public SecondOpinion(RelevanceModel document, RelevanceModel sentence) {
        this.document = document;
        this.sentence = sentence;
    }

    /** No second opinion: every log-odds is NaN, which neither accepts nor overrules anything. */
    public static SecondOpinion none() {
        return new SecondOpinion(RelevanceModel.none(), null);
    }

    public static SecondOpinion loadDefault() {
        return ModelFile.resource(DEFAULT_RESOURCE);
    }

    public static SecondOpinion fromFile(Path file) {
        return ModelFile.file(file);
    }

    /**
     * The document's log-odds and its best body sentence's (the sentences' spans are in
     * {@code text}); without a sentence model the best sentence scores 0 at index -1.
     */
    public Opinion opinion(CharSequence text, List<Sentence> sentences) {
        double documentOdds = document.score(text);
        if (sentence == null) {
            return new Opinion(documentOdds, 0, -1);
        }
        double best = 0;
        int bestIndex = -1;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence candidate = sentences.get(i);
            if (candidate.title()) {
                continue;
            }
            double s = sentence.score(text, candidate.start(), candidate.end());
            if (bestIndex < 0 || s > best) {
                best = s;
                bestIndex = i;
            }
        }
        return new Opinion(documentOdds, best, bestIndex);
    }

    /** Log-odds of the document and of its best sentence, and that sentence's index (-1: none). */
    public record Opinion(double document, double bestSentence, int bestSentenceIndex) {

        public double combined(double sentenceWeight) {
            return document + sentenceWeight * bestSentence;
        }
    }
}
