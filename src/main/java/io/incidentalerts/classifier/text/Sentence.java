package io.incidentalerts.classifier.text;

/**
 * A sentence as a token range [{@code from}, {@code to}) plus its char span in the analysed text.
 * {@code paragraph} counts blank-line separated blocks; {@code title} marks sentences of the title.
 */
public record Sentence(int index, int from, int to, int start, int end, int paragraph, boolean title) {
}
