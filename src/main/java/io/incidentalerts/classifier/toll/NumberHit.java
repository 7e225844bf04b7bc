package io.incidentalerts.classifier.toll;

/** A number read from tokens [from, to); {@code article} marks "a"/"an", which count as 1 only in some patterns. */
public record NumberHit(long value, int from, int to, boolean article) {
}
