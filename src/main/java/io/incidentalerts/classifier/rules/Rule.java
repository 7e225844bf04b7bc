package io.incidentalerts.classifier.rules;

import io.incidentalerts.classifier.Category;

/**
 * One phrase of a rule file and what it means. Only the fields relevant to {@code kind} are set:
 * triggers use {@code category} (null = generic) and {@code strong}; frames use {@code frame} and
 * {@code strong} (= hard frame); toll phrases use {@code killed} and {@code usage}; signals and
 * weapons use {@code weight}/{@code category}.
 */
public record Rule(
        RuleKind kind,
        String phrase,
        Category category,
        boolean strong,
        String frame,
        boolean killed,
        Usage usage,
        int weight) {

    /** How a casualty phrase takes its number: after it ("killing 5"), before it ("5 killed"), or both. */
    public enum Usage { ACTIVE, PASSIVE, BOTH }

    public boolean passive() {
        return usage == Usage.PASSIVE || usage == Usage.BOTH;
    }

    public boolean active() {
        return usage == Usage.ACTIVE || usage == Usage.BOTH;
    }
}
