package io.incidentalerts.classifier.geo;

import io.incidentalerts.classifier.rules.Weights;
import java.util.Map;

/**
 * Chooses what an ambiguous name means, on a log-population scale: "Paris" alone is the French
 * capital, "Paris, Texas" the Texan town, "Hyderabad, Pakistan" the Pakistani city.
 */
final class Disambiguator {

    private static final Weights W = Weights.load("classifier/name-sense-weights.tsv");
    private static final double COUNTRY = W.number("country");
    private static final double DEMONYM = W.number("demonym");
    private static final double ACTOR = W.number("actor");
    private static final double ADMIN1 = W.number("admin1");
    private static final double ALTERNATE = W.number("alternate");
    private static final double ALTERNATE_OF_BIG_PLACE = W.number("alternate.of.big.place");
    private static final long BIG_PLACE = W.whole("big.place");
    private static final double CAPITAL = W.number("capital");
    private static final double SUPPORT = W.number("support");
    private static final double QUALIFIER = W.number("qualifier");
    private static final double HOME_COUNTRY = W.number("home.country");
    private static final double DATELINE_DIVISION = W.number("dateline.division");
    private static final double DIVISION_WORD = W.number("division.word");
    private static final double SETTLEMENT_WORD = W.number("settlement.word");
    private static final double CITY_OVER_ITS_PROVINCE = W.number("city.over.its.province");
    private static final double HOLDS_A_NAMED_PLACE = W.number("holds.a.named.place");
    private static final long NAMESAKE_CITY_POPULATION = W.whole("namesake.city.population");
    private static final double SEAT_DEGREES = W.number("seat.degrees");

    static {
        W.allTaken();
    }

    private final Gazetteer g;

    Disambiguator(Gazetteer gazetteer) {
        this.g = gazetteer;
    }

    /**
     * @param namedPlaceDivisions "CC.admin1" of the places named unambiguously, with their mention
     * @param home the country of the story's dateline when it was filed at home, or -1
     */
    NameRef choose(Mention m, double[] support, Map<String, Mention> namedPlaceDivisions, int home) {
        boolean anyDivision = false;
        for (NameRef ref : m.refs) {
            anyDivision |= ref.kind() == NameRef.Kind.ADMIN1;
        }
        double[] values = new double[m.refs.length];
        for (int k = 0; k < m.refs.length; k++) {
            values[k] = value(m, m.refs[k], support);
            if (home >= 0 && g.countryIndexOf(m.refs[k]) == home) {
                values[k] += HOME_COUNTRY;
            }
            if (m.dateline && m.refs[k].kind() == NameRef.Kind.ADMIN1) {
                values[k] -= DATELINE_DIVISION; // a dateline names a city: "SUCRE, 3 SEP 89" is the Bolivian capital
            }
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
