package io.incidentalerts.cli;

import io.incidentalerts.alert.AlertData;
import io.incidentalerts.identity.AlertType;
import io.incidentalerts.classifier.Location;

/** One alert as one readable line: severity, category, place, toll, title. */
final class AlertLine {

    private AlertLine() {
    }

    static String of(AlertData a) {
        return String.format("%-10s %-18s %-40s killed %d, injured %d  \"%s\"",
                "[" + a.severity() + "]", a.category(), place(a.location()),
                a.casualties() == null ? 0 : a.casualties().killed(),
                a.casualties() == null ? 0 : a.casualties().injured(),
                a.title() == null ? a.articleId() : a.title())
                + (a.alertType() == AlertType.UPDATE
                        ? "  UPDATE v" + a.version() + ": " + String.join(", ", a.changedFields()) : "");
    }

    static String place(Location l) {
        if (l == null) {
            return "(place unknown)";
        }
        StringBuilder s = new StringBuilder();
        for (String part : new String[] {l.city(), l.admin1(), l.country()}) {
            if (part != null && !part.isBlank() && s.indexOf(part) < 0) {
                s.append(s.length() == 0 ? "" : ", ").append(part);
            }
        }
        if (l.region() != null) {
            s.append(" (").append(l.region()).append(')');
        }
        return s.toString();
    }
}
