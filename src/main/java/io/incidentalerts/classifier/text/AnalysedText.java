package io.incidentalerts.classifier.text;

import java.util.List;

/**
 * An article's analysed text with its one tokenization: {@code tokens} cover the chars [0, {@code end}).
 * Detection, tolls and places all read these tokens.
 */
public record AnalysedText(String text, List<Token> tokens, int end) {

    /** Tokenizes the first {@code limit} chars of the text. */
    public static AnalysedText of(String text, int limit) {
        return new AnalysedText(text, Tokenizer.tokenize(text, limit), Math.min(text.length(), limit));
    }
}
