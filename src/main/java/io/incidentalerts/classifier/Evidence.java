package io.incidentalerts.classifier;

/**
 * The text span that decided one field of a result. Offsets are char indexes into
 * {@link Article#analysedText()}; {@code text} equals that substring.
 */
public record Evidence(String field, String text, int start, int end) {
}
