package io.incidentalerts.classifier.geo;

import io.incidentalerts.classifier.rules.Weights;

/** How likely a bare name is to mean a given entry, before its context is read ({@code place-priors.tsv}). */
final class CandidatePriors {

    private static final Weights W = Weights.load("classifier/place-priors.tsv");
    static final double COUNTRY = W.number("country");
    static final double ADMIN1 = W.number("admin1");
    static final double DEMONYM = W.number("demonym");
    /** Weak: only decides when the text names no place at all. */
    static final double ACTOR = W.number("actor");
    private static final double ALTERNATE_NAME = W.number("alternate.name");
    private static final double CAPITAL_BONUS = W.number("capital.bonus");
    private static final double PLACE_BASE = W.number("place.base");
    private static final double PLACE_PER_DECADE = W.number("place.per.decade");
    private static final double PLACE_POPULATION_FLOOR = W.number("place.population.floor");

    static {
        W.allTaken();
    }

    private CandidatePriors() {
    }

    static double of(NameRef ref, Gazetteer g) {
        double p = switch (ref.kind()) {
            case COUNTRY -> COUNTRY;
            case ADMIN1 -> ADMIN1;
            case DEMONYM -> DEMONYM;
            case ACTOR -> ACTOR;
            case PLACE -> place(g.place(ref.index()));
        };
        return ref.alternate() ? p * ALTERNATE_NAME : p;
    }

    /** Grows with the place's size, at most 1. */
    static double place(Place p) {
        double size = PLACE_BASE + PLACE_PER_DECADE * Math.log10(Math.max(PLACE_POPULATION_FLOOR, p.population()));
        return Math.min(1.0, size + (p.isCapital() ? CAPITAL_BONUS : 0));
    }
}
