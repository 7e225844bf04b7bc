package io.incidentalerts.classifier;

/** Killed and injured counts of one incident; 0 when the text reports none. */
public record Casualties(int killed, int injured) {
    public static final Casualties NONE = new Casualties(0, 0);
}
