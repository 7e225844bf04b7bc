package io.incidentalerts.classifier;

/** How precisely a location is known. */
public enum Precision {
    CITY, ADMIN1, COUNTRY
}
