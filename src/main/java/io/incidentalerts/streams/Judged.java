package io.incidentalerts.streams;

import io.incidentalerts.classifier.Article;
import io.incidentalerts.classifier.Classification;

/** An article with the classifier's verdict on it; stays within the classifying task (never serialised). */
public record Judged(Article article, Classification result) {
}
