package io.incidentalerts.classifier.geo;

/** A half-open range [start, end) of char offsets into the analysed text. */
public record TextSpan(int start, int end) {
}
