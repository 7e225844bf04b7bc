package io.incidentalerts.identity;

import java.util.ArrayList;
import java.util.List;

/** An incident as the matcher remembers it: its state and the text signatures of its distinct articles. */
public record KnownIncident(IncidentState state, List<TextSignature> texts) {

    /** Signatures kept per incident: the first article's and the latest distinct ones. */
    static final int MAX_TEXTS = 6;

    public KnownIncident {
        texts = List.copyOf(texts);
    }

    KnownIncident with(IncidentState next, TextSignature text, boolean distinct) {
        if (!distinct) {
            return new KnownIncident(next, texts);
        }
        List<TextSignature> kept = new ArrayList<>(texts);
        kept.add(text);
        while (kept.size() > MAX_TEXTS) {
            kept.remove(1);
        }
        return new KnownIncident(next, kept);
    }
}
