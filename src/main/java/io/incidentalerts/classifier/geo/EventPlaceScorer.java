package io.incidentalerts.classifier.geo;

import io.incidentalerts.classifier.rules.Weights;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the event place from the mentions: first what each ambiguous name means, then the country
 * with the most weighted evidence, then the most specific well-supported place inside it.
 */
final class EventPlaceScorer {

    private static final Weights W = Weights.load("classifier/event-place-weights.tsv");
    private static final double CUE = W.number("cue");
    private static final double AREA_WORD = W.number("area.word");
    private static final double QUALIFIED = W.number("qualified");
    private static final double DATELINE = W.number("dateline");
    private static final double BUREAU_DATELINE = W.number("bureau.dateline");
    private static final double PERSON_LIKE = W.number("person.like");
    private static final double NAMED_AFTER = W.number("named.after");
    private static final double NAMED_AFTER_COUNTRY = W.number("named.after.country");
    private static final double COMPOUND = W.number("compound");
    private static final double ORIGIN = W.number("origin");
    private static final double ATTRIBUTION = W.number("attribution");
    private static final double LOCAL_AUTHORITY = W.number("local.authority");
    private static final double WRONG_QUALIFIER = W.number("wrong.qualifier");
    private static final double UNSUPPORTED_ALTERNATE = W.number("unsupported.alternate");
    private static final long BIG_CITY = W.whole("big.city");
    private static final double NATIONALITY = W.number("nationality");
    private static final double BORDER = W.number("border");
    private static final double FACILITY_OF_AREA = W.number("facility.of.area");
    private static final double FOREIGN_MISSION = W.number("foreign.mission");
    private static final double STREET_NAME = W.number("street.name");
    private static final double COMMON_WORD = W.number("common.word");
    private static final double UNSUPPORTED_SMALL_PLACE = W.number("unsupported.small.place");
    private static final double FOREIGN_NAMESAKE = W.number("foreign.namesake");
    private static final double STORY_COUNTRY_SUPPORT = W.number("story.country.support");
    private static final long SMALL_PLACE = W.whole("small.place");
    private static final long SUPPORTING_PLACE = W.whole("supporting.place");
    private static final double MIN_SCORE = W.number("min.score");
    private static final double CITY_OVER_AREA = W.number("city.over.area");

    static {
        W.allTaken();
    }

    /** The winning choice: the entry and the mention that named it. */
    record Choice(NameRef ref, Mention mention, double score, double countryShare) {
    }

    private final Gazetteer g;
    private final Disambiguator disambiguator;

    EventPlaceScorer(Gazetteer gazetteer) {
        this.g = gazetteer;
        this.disambiguator = new Disambiguator(gazetteer);
    }

    /**
     * "CC.admin1" of every place named unambiguously (one gazetteer entry), with its mention: "Kagara
     * (Rafi, Niger)" makes "Niger" the Nigerian state that holds Kagara, not the country.
     */
    private Map<String, Mention> namedPlaceDivisions(List<Mention> mentions) {
        Map<String, Mention> out = new HashMap<>();
        for (Mention m : mentions) {
            if (m.refs.length == 1 && m.refs[0].kind() == NameRef.Kind.PLACE) {
                Place p = g.place(m.refs[0].index());
                if (p.admin1Code() != null) {
                    out.putIfAbsent(p.countryCode() + "." + p.admin1Code(), m);
                }
            }
        }
        return out;
    }

    Choice choose(List<Mention> mentions, boolean hasFocus) {
        if (mentions.isEmpty()) {
            return null;
        }
        double[] support = support(mentions, hasFocus);
        Map<String, Mention> namedPlaceDivisions = namedPlaceDivisions(mentions);
        NameRef[] chosen = new NameRef[mentions.size()];
        double[] scores = new double[mentions.size()];
        double[] bases = new double[mentions.size()];
        double[] evidence = new double[g.countryCount()];
        double total = 0;
        int home = homeCountry(mentions, support, namedPlaceDivisions);
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            NameRef ref = disambiguator.choose(m, support, namedPlaceDivisions, m.dateline ? -1 : home);
            double base = ref == null ? 0 : score(m, ref, support);
            if (base < MIN_SCORE) {
                continue;
            }
            chosen[k] = m.capitalCue ? capitalFor(ref) : ref;
            bases[k] = base;
            scores[k] = base * PositionWeights.of(m, hasFocus);
        }
        if (hasFocus) {
            demoteForeignDateline(mentions, chosen, bases, scores);
        }
        setAsideBureauDateline(mentions, chosen, scores);
        double[] placeScores = hasFocus ? yieldDatelineToPlaceAtHome(mentions, chosen, bases, scores) : scores;
        for (int k = 0; k < mentions.size(); k++) {
            if (chosen[k] != null) {
                evidence[g.countryIndexOf(chosen[k])] += scores[k];
                total += scores[k];
            }
        }
        int country = best(evidence);
        if (country < 0) {
            return null;
        }
        return mostSpecific(mentions, chosen, placeScores, country, evidence[country] / total);
    }

    /**
     * The country of a dateline filed at home ("SAN SALVADOR, 21 JUN 89 --"), or -1: a bureau dateline
     * ("ROME (ITALY)") often heads a story about another country.
     */
    private int homeCountry(List<Mention> mentions, double[] support, Map<String, Mention> namedPlaceDivisions) {
        for (Mention m : mentions) {
            if (m.dateline) {
                NameRef ref = m.bureauDateline ? null : disambiguator.choose(m, support, namedPlaceDivisions, -1);
                return ref == null ? -1 : g.countryIndexOf(ref);
            }
        }
        return -1;
    }

    // Countries named by mentions that can only mean one country and are trustworthy on their own.
    private double[] support(List<Mention> mentions, boolean hasFocus) {
        double[] support = new double[g.countryCount()];
        for (Mention m : mentions) {
            int only = singleCountry(m);
            m.supportGiven = 0;
            m.supportCountry = only;
            if (only >= 0 && trustworthy(m)) {
                m.supportGiven = PositionWeights.of(m, hasFocus);
                support[only] += m.supportGiven;
            }
            for (String q : m.qualifiers) {
                int c = g.countryIndex(q);
                if (c >= 0) {
                    support[c] += 0.5;
                }
            }
        }
        return support;
    }

    private boolean trustworthy(Mention m) {
        if (m.commonWord || m.compound || m.border || m.namedAfter || m.personLike || m.origin || m.nationality
                || m.foreignMission || m.streetName || m.bareNeighbourhood()) {
            return false;
        }
        for (NameRef ref : m.refs) {
            if (ref.kind() == NameRef.Kind.PLACE && !m.hasCue()
                && (g.place(ref.index()).population() < SUPPORTING_PLACE || ref.alternate())) {
                return false;
            }
            if (ordinaryWordsUnvouched(m, ref)) { // "THROUGHOUT THE CITY EARLY": no support for a US town
                return false;
            }
        }
        return true;
    }

    // In capitals "AT THE BUS" looks like "at Bus": there only a qualifier, dateline or division
    // word vouches for an ordinary word being a place.
    private boolean ordinaryWordsUnvouched(Mention m, NameRef ref) {
        boolean vouched = m.caseless ? m.hasStrongCue() : m.hasCue();
        return (m.commonWord || g.isOrdinaryWords(m, ref)) && !vouched;
    }

    private int singleCountry(Mention m) {
        int only = -1;
        for (NameRef ref : m.refs) {
            int c = g.countryIndexOf(ref);
            if (only < 0) {
                only = c;
            } else if (only != c) {
                return -1;
            }
        }
        return only;
    }

    private double score(Mention m, NameRef ref, double[] support) {
        NameRef.Kind kind = ref.kind();
        boolean countryLevel = kind == NameRef.Kind.COUNTRY || kind == NameRef.Kind.DEMONYM
                || kind == NameRef.Kind.ACTOR;
        if (m.capitalCue && countryLevel && kind != NameRef.Kind.ACTOR) {
            return CandidatePriors.COUNTRY * CUE;
        }
        double s = CandidatePriors.of(ref, g);
        int country = g.countryIndexOf(ref);
        String cc = g.country(country).code();
        double othersSupport = m.othersSupport(support, country);
        if (m.locativeCue) {
            s *= CUE;
        }
        if (m.divisionSuffix || m.settlementCue) {
            s *= AREA_WORD;
        }
        if (m.qualifiers.contains(cc)) {
            s *= QUALIFIED;
        } else if (!m.qualifiers.isEmpty()) {
            s *= WRONG_QUALIFIER; // "Bodo, Far North Region" is not the Norwegian Bodø
        }
        if (ref.alternate() && kind == NameRef.Kind.PLACE && !m.hasCue() && othersSupport < 1e-9
                && g.place(ref.index()).population() < BIG_CITY) {
            s *= UNSUPPORTED_ALTERNATE; // other-language spellings collide with words and names ("Hamas")
        }
        if (m.dateline) {
            s *= DATELINE;
        }
        if (m.personLike && !m.locativeCue && kind != NameRef.Kind.DEMONYM) {
            s *= PERSON_LIKE;
        }
        if (m.namedAfter) {
            s *= countryLevel ? NAMED_AFTER_COUNTRY : NAMED_AFTER;
        }
        if (m.compound) {
            s *= COMPOUND;
        }
        if (m.origin) {
            s *= ORIGIN;
        }
        if (m.attribution && kind != NameRef.Kind.ACTOR) {
            s *= ATTRIBUTION;
        }
        if (m.nationality && kind == NameRef.Kind.DEMONYM) {
            s *= NATIONALITY;
        }
        if (m.border) {
            s *= BORDER;
        }
        if (m.streetName && !countryLevel) {
            s *= STREET_NAME;
        }
        if (m.foreignMission && countryLevel) {
            s *= FOREIGN_MISSION;
        } else if (m.localAuthority && kind == NameRef.Kind.DEMONYM) {
            s *= LOCAL_AUTHORITY;
        } else if (m.facilitySuffix && (countryLevel || kind == NameRef.Kind.ADMIN1)) {
            s *= FACILITY_OF_AREA;
        }
        if (ordinaryWordsUnvouched(m, ref)) {
            s *= COMMON_WORD;
        }
        if (kind == NameRef.Kind.PLACE && g.place(ref.index()).population() < SMALL_PLACE
                && !m.hasCue() && othersSupport < 1e-9) {
            s *= UNSUPPORTED_SMALL_PLACE;
        }
        if (kind == NameRef.Kind.PLACE && othersSupport < 1e-9 && foreignToTheStory(g.place(ref.index()), country, support)
                && (!m.hasCue() && singleCountry(m) < 0 || m.bareNeighbourhood() && !m.dateline)) {
            s *= FOREIGN_NAMESAKE; // the Escalon neighborhood of a story told about El Salvador is no Californian town
        }
        return s;
    }

    /**
     * "RODRIGUEZ" in a story whose other names all point at El Salvador: a town abroad that nothing
     * else in the text supports, while the text supports another country at least
     * {@code story.country.support}, is more likely a namesake missing from the gazetteer or a person.
     * Capitals and cities of {@code big.city} people keep their standing.
     */
    private boolean foreignToTheStory(Place p, int country, double[] support) {
        if (p.isCapital() || p.population() >= BIG_CITY) {
            return false;
        }
        for (int c = 0; c < support.length; c++) {
            if (c != country && support[c] >= STORY_COUNTRY_SUPPORT) {
                return true;
            }
        }
        return false;
    }

    /**
     * A dateline says where the story was filed, which is the event place unless the incident
     * sentences say otherwise: when a place named there with a place cue ("in", "village of",
     * "Zaragoza, Mexico"), not as where someone spoke, lies in another country and none lies in the
     * dateline's country, the
     * dateline (and the country that qualifies it) counts as a background mention, its dateline
     * weight undone.
     */
    private void demoteForeignDateline(List<Mention> mentions, NameRef[] chosen, double[] bases, double[] scores) {
        int datelineCountry = datelineCountry(mentions, chosen, false);
        if (datelineCountry < 0) {
            return;
        }
        boolean elsewhere = false;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (chosen[k] == null || inDateline(mentions, k) || m.focusRank < 0 || !m.hasCue() || m.attribution) {
                continue;
            }
            if (g.countryIndexOf(chosen[k]) == datelineCountry) {
                return;
            }
            elsewhere |= contradictsDateline(m, chosen[k]);
        }
        if (!elsewhere) {
            return;
        }
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (chosen[k] != null && inDateline(mentions, k)) {
                scores[k] = bases[k] / (m.dateline ? DATELINE : 1.0) * PositionWeights.background(m);
            }
        }
    }

    /**
     * "ROME (ITALY), 11 JAN 90 --": a dateline whose country stands in brackets names the bureau
     * that filed the story. When the body, read without the dateline, points at another country more
     * than at the bureau's, the body decides and the dateline (with its country) counts
     * {@code bureau.dateline} of its weight.
     */
    private void setAsideBureauDateline(List<Mention> mentions, NameRef[] chosen, double[] scores) {
        int bureau = datelineCountry(mentions, chosen, true);
        if (bureau < 0) {
            return;
        }
        double[] body = new double[g.countryCount()];
        for (int k = 0; k < mentions.size(); k++) {
            if (chosen[k] != null && !inDateline(mentions, k)) {
                body[g.countryIndexOf(chosen[k])] += scores[k];
            }
        }
        int best = best(body);
        if (best < 0 || best == bureau) {
            return;
        }
        for (int k = 0; k < mentions.size(); k++) {
            if (chosen[k] != null && inDateline(mentions, k)) {
                scores[k] *= BUREAU_DATELINE;
            }
        }
    }

    /**
     * "BOGOTA, 4 SEP 89 -- A PLANE HAS BEEN DYNAMITED IN MONTERIA": the bureau that filed the story
     * is not the event place when an incident sentence names, with a place cue, another place or
     * division of the dateline's country. The scores for the choice inside the country, where the
     * dateline then counts as a background mention; it still votes for its country in full.
     */
    private double[] yieldDatelineToPlaceAtHome(List<Mention> mentions, NameRef[] chosen, double[] bases, double[] scores) {
        int dateline = datelineMention(mentions, chosen, false);
        if (dateline < 0 || chosen[dateline].kind() == NameRef.Kind.COUNTRY) {
            return scores;
        }
        int country = g.countryIndexOf(chosen[dateline]);
        boolean elsewhere = false;
        for (int k = 0; k < mentions.size() && !elsewhere; k++) {
            Mention m = mentions.get(k);
            if (chosen[k] == null || inDateline(mentions, k) || m.focusRank < 0 || !m.hasCue() || m.attribution
                    || chosen[k].kind() == NameRef.Kind.COUNTRY || chosen[k].kind() == NameRef.Kind.DEMONYM
                    || g.countryIndexOf(chosen[k]) != country || holdsOrIs(chosen[k], chosen[dateline])) {
                continue;
            }
            elsewhere = namedAtHome(m, chosen[k]);
        }
        if (!elsewhere) {
            return scores;
        }
        double[] place = scores.clone();
        place[dateline] = bases[dateline] / DATELINE * PositionWeights.background(mentions.get(dateline));
        return place;
    }

    /**
     * A home place the text vouches for: a division ("IN JUNIN DEPARTMENT"), a qualified place, or a
     * place named with a division or settlement word ("THE CITY OF SUCHITOTO") or of some size, in
     * its own spelling; not a neighbourhood of the capital.
     */
    private boolean namedAtHome(Mention m, NameRef ref) {
        if (m.neighbourhood) {
            return false;
        }
        if (ref.kind() != NameRef.Kind.PLACE || !m.qualifiers.isEmpty()) {
            return true;
        }
        return !ref.alternate() && (m.divisionSuffix || m.settlementCue || g.place(ref.index()).population() >= SMALL_PLACE);
    }

    /** Whether {@code area} is the place or division {@code place}, or the division it lies in ("SAN SALVADOR DEPARTMENT"). */
    private boolean holdsOrIs(NameRef area, NameRef place) {
        if (area.kind() == place.kind() && area.index() == place.index()) {
            return true;
        }
        if (area.kind() != NameRef.Kind.ADMIN1 || place.kind() != NameRef.Kind.PLACE) {
            return false;
        }
        Admin1Area division = g.admin1(area.index());
        Place p = g.place(place.index());
        return division.code().equals(p.admin1Code()) && division.countryCode().equals(p.countryCode());
    }

    // "San Ramon" lies in too many countries to contradict the dateline, and a village or an
    // other-language spelling ("La Mascota neighborhood") may be a namesake of a place missing from
    // the gazetteer; a qualified name ("Zaragoza, Mexico") does contradict it.
    private boolean contradictsDateline(Mention m, NameRef ref) {
        if (singleCountry(m) < 0) {
            return false;
        }
        if (!m.qualifiers.isEmpty() || ref.kind() != NameRef.Kind.PLACE) {
            return true;
        }
        return !ref.alternate() && g.place(ref.index()).population() >= SMALL_PLACE;
    }

    /** The country of the dateline's place (only a bureau dateline's when {@code bureau}), or -1. */
    private int datelineCountry(List<Mention> mentions, NameRef[] chosen, boolean bureau) {
        int k = datelineMention(mentions, chosen, bureau);
        return k < 0 ? -1 : g.countryIndexOf(chosen[k]);
    }

    /** The first placed mention of the dateline's place (of a bureau dateline's when {@code bureau}), or -1. */
    private static int datelineMention(List<Mention> mentions, NameRef[] chosen, boolean bureau) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (chosen[k] != null && (bureau ? m.bureauDateline : m.dateline)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean inDateline(List<Mention> mentions, int k) {
        Mention m = mentions.get(k);
        return m.dateline || (m.qualifying && k > 0 && mentions.get(k - 1).dateline);
    }

    private NameRef capitalFor(NameRef ref) {
        if (ref.kind() != NameRef.Kind.COUNTRY && ref.kind() != NameRef.Kind.DEMONYM) {
            return ref;
        }
        int capital = g.capitalOf(ref.index());
        return capital < 0 ? ref : new NameRef(NameRef.Kind.PLACE, capital, false, false);
    }

    private Choice mostSpecific(List<Mention> mentions, NameRef[] chosen, double[] scores, int country,
                                double share) {
        int bestPlace = -1;
        int bestArea = -1;
        int bestAny = -1;
        for (int k = 0; k < mentions.size(); k++) {
            if (chosen[k] == null || country != g.countryIndexOf(chosen[k])) {
                continue;
            }
            if (bestAny < 0 || scores[k] > scores[bestAny]) {
                bestAny = k;
            }
            NameRef.Kind kind = chosen[k].kind();
            if (kind == NameRef.Kind.PLACE && (bestPlace < 0 || scores[k] > scores[bestPlace])) {
                bestPlace = k;
            } else if (kind == NameRef.Kind.ADMIN1 && (bestArea < 0 || scores[k] > scores[bestArea])) {
                bestArea = k;
            }
        }
        int pick = bestAny;
        if (bestArea >= 0 && scores[bestArea] >= CITY_OVER_AREA * scores[bestAny]) {
            pick = bestArea;
        }
        if (bestPlace >= 0 && scores[bestPlace] >= CITY_OVER_AREA * scores[bestAny]) {
            pick = bestPlace;
        }
        return new Choice(chosen[pick], mentions.get(pick), scores[pick], share);
    }

    // Ties go to the country whose code sorts first, so results do not depend on list order.
    private int best(double[] evidence) {
        int best = -1;
        for (int c = 0; c < evidence.length; c++) {
            if (evidence[c] <= 0) {
                continue;
            }
            if (best < 0 || evidence[c] > evidence[best]
                    || (evidence[c] == evidence[best] && g.country(c).code().compareTo(g.country(best).code()) < 0)) {
                best = c;
            }
        }
        return best;
    }
}
