package io.incidentalerts.identity;

/** Why an incident alert was raised: its first article, or a later one that told more. */
public enum AlertType {
    NEW, UPDATE
}
