package io.incidentalerts.identity;

import java.util.List;

/** What one article did to the incidents: opened one, told more about one, or added nothing new. */
public record Decision(Kind kind, KnownIncident incident, List<String> changedFields) {

    public enum Kind {
        NEW, UPDATE, DUPLICATE
    }

    public Decision {
        changedFields = List.copyOf(changedFields);
    }

    public boolean raisesAlert() {
        return kind != Kind.DUPLICATE;
    }

    public AlertType alertType() {
        return kind == Kind.NEW ? AlertType.NEW : kind == Kind.UPDATE ? AlertType.UPDATE : null;
    }

    public IncidentState state() {
        return incident.state();
    }
}
