package io.incidentalerts.streams;

import io.incidentalerts.alert.AlertData;
import io.incidentalerts.identity.IncidentState;

/**
 * What the identity step emits per incident: its new state with the alert it raises (none for a
 * duplicate), or, when the incident has aged out of retention, neither (a tombstone for the state topic).
 */
record IncidentEvent(IncidentState state, AlertData alert) {

    static IncidentEvent expired() {
        return new IncidentEvent(null, null);
    }
}
