package io.incidentalerts.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * Finds the known incident an article reports, if any. Two ways to match, both only within the time
 * window of the incident's articles and never across countries:
 * <ul>
 *   <li>a copy: most word 3-shingles shared (syndicated wire copy, light edit), at a place that does
 *       not contradict the incident's;</li>
 *   <li>a follow-up or rewrite: a near place (same city, cities within {@code maxKm}, or same
 *       province when one side only knows the province) and enough shared content words, more when
 *       the category differs.</li>
 * </ul>
 * Of several matches the most similar wins.
 */
public final class IncidentMatcher {

    /** Tuning: shingle share for a copy; content-word share for a follow-up of the same or another category. */
    static final double COPY_SIMILARITY = 0.5;
    static final double FOLLOW_UP_TERMS = 0.3;
    static final double FOLLOW_UP_TERMS_OTHER_CATEGORY = 0.5;

    private final Duration window;
    private final double maxKm;

    public IncidentMatcher(Duration window, double maxKm) {
        this.window = window;
        this.maxKm = maxKm;
    }

    public Duration window() {
        return window;
    }

    public Optional<KnownIncident> match(Report report, Collection<KnownIncident> known) {
        KnownIncident best = null;
        double bestScore = 0;
        for (KnownIncident candidate : known) {
            double score = score(report, candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** 0 when the article cannot be about this incident, else how similar it is (higher is closer). */
    double score(Report report, KnownIncident candidate) {
        IncidentState s = candidate.state();
        if (!withinWindow(report.time(), s.firstSeen(), s.lastSeen())) {
            return 0;
        }
        double copy = 0;
        double terms = 0;
        for (TextSignature text : candidate.texts()) {
            copy = Math.max(copy, report.text().copySimilarity(text));
            terms = Math.max(terms, report.text().termSimilarity(text));
        }
        if (copy >= COPY_SIMILARITY && Places.compatible(report.location(), s.location(), maxKm)) {
            return 1 + copy;
        }
        double needed = report.category() == s.category() ? FOLLOW_UP_TERMS : FOLLOW_UP_TERMS_OTHER_CATEGORY;
        if (terms >= needed && Places.near(report.location(), s.location(), maxKm)) {
            return terms;
        }
        return 0;
    }

    boolean withinWindow(Instant time, Instant first, Instant last) {
        return !time.isBefore(first.minus(window)) && !time.isAfter(last.plus(window));
    }
}
