package io.incidentalerts.classifier.geo;

import java.util.Map;

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
    private static final double CITY_OVER_ITS_PROVINCE = 0.1;
    /** The division holds a place the text names: "Kagara (Rafi, Niger)" is Niger State, Nigeria. */
    private static final double HOLDS_A_NAMED_PLACE = 2.0;
    private static final long NAMESAKE_CITY_POPULATION = 10_000;
    /** A division whose seat lies this near a namesake city (degrees, about 11 km) is seated in it. */
    private static final double SEAT_DEGREES = 0.1;

    private final Gazetteer g;

    Disambiguator(Gazetteer gazetteer) {
        this.g = gazetteer;
    }

    /** @param namedPlaceDivisions "CC.admin1" of the places named unambiguously, with their mention */
    NameRef choose(Mention m, double[] support, Map<String, Mention> namedPlaceDivisions) {
        boolean anyDivision = false;
        for (NameRef ref : m.refs) {
            anyDivision |= ref.kind() == NameRef.Kind.ADMIN1;
        }
        double[] values = new double[m.refs.length];
        for (int k = 0; k < m.refs.length; k++) {
            values[k] = value(m, m.refs[k], support);
            if (m.refs[k].kind() == NameRef.Kind.ADMIN1) {
                Admin1Area a = g.admin1(m.refs[k].index());
                Mention holder = namedPlaceDivisions.get(a.countryCode() + "." + a.code());
                if (holder != null && holder != m) {
                    values[k] += HOLDS_A_NAMED_PLACE;
                }
            }
        }
        if (anyDivision && !m.divisionSuffix) {
            cityStandsForItsProvince(m, values);
        }
        NameRef best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < m.refs.length; k++) {
            if (values[k] > bestValue) {
                best = m.refs[k];
                bestValue = values[k];
            }
        }
        return best;
    }

    // "Kandahar" is the city unless "Kandahar Province" is written: a sizeable city named like its
    // own province takes the province's standing (a little above it), and no more. It must not
    // outrank other candidates that beat the province ("SANTIAGO" is the Chilean capital, not the
    // Dominican city named like its province). The province may lie across a border the gazetteer
    // draws when the city is its seat (the Palestinian governorate named after Jerusalem).
    private void cityStandsForItsProvince(Mention m, double[] values) {
        double[] raised = values.clone();
        for (int k = 0; k < m.refs.length; k++) {
            NameRef ref = m.refs[k];
            if (ref.kind() != NameRef.Kind.PLACE || g.place(ref.index()).population() < NAMESAKE_CITY_POPULATION) {
                continue;
            }
            Place city = g.place(ref.index());
            for (int j = 0; j < m.refs.length; j++) {
                NameRef other = m.refs[j];
                if (other.kind() == NameRef.Kind.ADMIN1 && ownProvince(city, g.admin1(other.index()))) {
                    raised[k] = Math.max(raised[k], values[j] + CITY_OVER_ITS_PROVINCE);
                }
            }
        }
        System.arraycopy(raised, 0, values, 0, values.length);
    }

    private static boolean ownProvince(Place city, Admin1Area area) {
        return area.countryCode().equals(city.countryCode())
                || Math.abs(area.lat() - city.lat()) < SEAT_DEGREES && Math.abs(area.lon() - city.lon()) < SEAT_DEGREES;
    }

    private double value(Mention m, NameRef ref, double[] support) {
        int country = g.countryIndexOf(ref);
        String cc = g.country(country).code();
        double v = switch (ref.kind()) {
            case COUNTRY -> COUNTRY + 0.1 * Math.log10(1 + g.country(ref.index()).population());
            case DEMONYM -> DEMONYM + 0.1 * Math.log10(1 + g.country(ref.index()).population());
            case ACTOR -> ACTOR;
            case ADMIN1 -> ADMIN1;
            case PLACE -> Math.log10(Math.max(100, g.place(ref.index()).population()))
                    + (g.place(ref.index()).isCapital() ? CAPITAL : 0);
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

}
