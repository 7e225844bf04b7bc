package io.incidentalerts.classifier.geo;

/**
 * Chooses what an ambiguous name means, on a log-population scale: "Paris" alone is the French
 * capital, "Paris, Texas" the Texan town, "Hyderabad, Pakistan" the Pakistani city.
 */
final class Disambiguator {

    private static final double COUNTRY = 8.0;
    private static final double DEMONYM = 7.0;
    private static final double ACTOR = 6.0;
    private static final double ADMIN1 = 7.0;
    private static final double ALTERNATE = 0.7;
    private static final double ALTERNATE_OF_BIG_PLACE = 0.2;
    private static final long BIG_PLACE = 100_000;
    private static final double CAPITAL = 0.5;
    private static final double SUPPORT = 1.5;
    private static final double QUALIFIER = 4.0;
    private static final double DIVISION_WORD = 2.0;
    private static final double SETTLEMENT_WORD = 1.0;
    private static final double CITY_OVER_ITS_PROVINCE = 2.0;
    private static final long NAMESAKE_CITY_POPULATION = 10_000;

    private final Gazetteer g;

    Disambiguator(Gazetteer gazetteer) {
        this.g = gazetteer;
    }

    NameRef choose(Mention m, double[] support) {
        boolean anyDivision = false;
        for (NameRef ref : m.refs) {
            anyDivision |= ref.kind() == NameRef.Kind.ADMIN1;
        }
        NameRef best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (NameRef ref : m.refs) {
            double value = value(m, ref, support, anyDivision);
            if (value > bestValue) {
                best = ref;
                bestValue = value;
            }
        }
        return best;
    }

    private double value(Mention m, NameRef ref, double[] support, boolean anyDivision) {
        int country = g.countryIndexOf(ref);
        String cc = g.country(country).code();
        double v = switch (ref.kind()) {
            case COUNTRY -> COUNTRY + 0.1 * Math.log10(1 + g.country(ref.index()).population());
            case DEMONYM -> DEMONYM + 0.1 * Math.log10(1 + g.country(ref.index()).population());
            case ACTOR -> ACTOR;
            case ADMIN1 -> ADMIN1;
            case PLACE -> placeValue(m, g.place(ref.index()), anyDivision);
        };
        if (ref.alternate()) {
            // big cities are often known abroad by another name ("Geneva" for Genève)
            boolean big = ref.kind() == NameRef.Kind.PLACE && g.place(ref.index()).population() >= BIG_PLACE;
            v -= big ? ALTERNATE_OF_BIG_PLACE : ALTERNATE;
        }
        v += SUPPORT * Math.min(1.0, m.othersSupport(support, country) / 2);
        if (m.qualifiers.contains(cc)) {
            v += QUALIFIER;
        }
        if (m.divisionSuffix && ref.kind() == NameRef.Kind.ADMIN1) {
            v += DIVISION_WORD;
        }
        if (m.settlementCue && ref.kind() == NameRef.Kind.PLACE) {
            v += SETTLEMENT_WORD;
        }
        return v;
    }

    private double placeValue(Mention m, Place p, boolean anyDivision) {
        double v = Math.log10(Math.max(100, p.population())) + (p.isCapital() ? CAPITAL : 0);
        if (!m.divisionSuffix && p.population() >= NAMESAKE_CITY_POPULATION && anyDivision
                && namesProvinceToo(m, p)) {
            v += CITY_OVER_ITS_PROVINCE; // "Kandahar" is the city unless "Kandahar Province" is written
        }
        return v;
    }

    private boolean namesProvinceToo(Mention m, Place p) {
        for (NameRef ref : m.refs) {
            if (ref.kind() == NameRef.Kind.ADMIN1 && g.admin1(ref.index()).countryCode().equals(p.countryCode())) {
                return true;
            }
        }
        return false;
    }
}
