package io.incidentalerts.classifier.rules;

import io.incidentalerts.classifier.Category;

/** The chosen category and the match that named it (null when it is the default). */
public record CategoryChoice(Category category, Match evidence) {
}
