package io.incidentalerts.classifier.geo;

/** How likely a bare name is to mean a given entry, before its context is read. */
final class CandidatePriors {

    static final double COUNTRY = 1.0;
    static final double ADMIN1 = 0.9;
    static final double DEMONYM = 0.45;
    /** Weak: only decides when the text names no place at all. */
    static final double ACTOR = 0.3;
    private static final double ALTERNATE_NAME = 0.75;
    private static final double CAPITAL_BONUS = 0.1;

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

    /** 0.55 for a village of 1,000 up to 0.95 for a city of ten million. */
    static double place(Place p) {
        double size = 0.25 + 0.1 * Math.log10(Math.max(100, p.population()));
        return Math.min(1.0, size + (p.isCapital() ? CAPITAL_BONUS : 0));
    }
}
