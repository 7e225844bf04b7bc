package io.incidentalerts.classifier.rules;

/** A rule phrase found in the text, as a token range [{@code from}, {@code to}). */
public record Match(Rule rule, int from, int to) {

    public boolean overlaps(Match other) {
        return from < other.to && other.from < to;
    }
}
