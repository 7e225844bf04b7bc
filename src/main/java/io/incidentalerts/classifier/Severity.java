package io.incidentalerts.classifier;

/** Alert severity, ordered from least to most severe. */
public enum Severity {
    LOW, MODERATE, HIGH, CRITICAL;

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
