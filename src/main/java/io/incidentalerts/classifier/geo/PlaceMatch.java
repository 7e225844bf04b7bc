package io.incidentalerts.classifier.geo;

import io.incidentalerts.classifier.Location;

/** A resolved event place and the text span (offsets into the analysed text) that named it. */
public record PlaceMatch(Location location, int start, int end, double confidence) {
}
