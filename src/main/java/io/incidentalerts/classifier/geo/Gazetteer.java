package io.incidentalerts.classifier.geo;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The loaded, immutable gazetteer: countries, first-level divisions, places and a name index. */
final class Gazetteer {

    private static final NameRef[] NONE = new NameRef[0];

    private final List<Country> countries;
    private final Map<String, Integer> countryByCode;
    private final List<Admin1Area> admin1;
    private final Map<String, Integer> admin1ByCode;
    private final List<Place> places;
    private final Map<String, NameRef[]> names;
    private final Set<String> stopNames;
    private final int[] placeCountry;
    private final int[] admin1Country;
    private final int[] capitalByCountry;
    private final Set<String> namePrefixes;
    private final int maxNameWords;
    private final NameIndex index;
    private final WordSet givenNames;
    private final WordSet surnames;

    /** Cities this large keep their name even when it is also a dictionary word ("Paris", "Lima"). */
    static final long DICTIONARY_WORD_EXEMPT_POPULATION = 1_000_000;

    Gazetteer(List<Country> countries, Map<String, Integer> countryByCode, List<Admin1Area> admin1,
              Map<String, Integer> admin1ByCode, List<Place> places, Map<String, NameRef[]> names,
              Set<String> stopNames, Set<String> commonWordNames, Set<String> dictionaryWords,
              int[] capitalByCountry, Set<String> namePrefixes, int maxNameWords, Set<String> givenNames,
              Set<String> surnames) {
        this.namePrefixes = namePrefixes;
        this.countries = List.copyOf(countries);
        this.countryByCode = Map.copyOf(countryByCode);
        this.admin1 = List.copyOf(admin1);
        this.admin1ByCode = Map.copyOf(admin1ByCode);
        this.places = Collections.unmodifiableList(places);
        this.names = Collections.unmodifiableMap(names);
        this.stopNames = Set.copyOf(stopNames);
        this.placeCountry = new int[places.size()];
        for (int i = 0; i < placeCountry.length; i++) {
            placeCountry[i] = countryByCode.getOrDefault(places.get(i).countryCode(), -1);
        }
        this.admin1Country = new int[admin1.size()];
        for (int i = 0; i < admin1Country.length; i++) {
            admin1Country[i] = countryByCode.getOrDefault(admin1.get(i).countryCode(), -1);
        }
        this.capitalByCountry = capitalByCountry.clone();
        this.maxNameWords = maxNameWords;
        this.index = new NameIndex(names, namePrefixes, stopNames, commonWordNames, dictionaryWords);
        this.givenNames = WordSet.of(givenNames);
        this.surnames = WordSet.of(surnames);
    }

    /** A first name that is no dictionary word and begins few place names ("Jose", "Marta"): given-names.txt.gz. */
    boolean givenName(Token t) {
        return givenNames.contains(t);
    }

    /** A last name that is no dictionary word ("Ramirez", "Zamora"): surnames.txt.gz. */
    boolean surname(Token t) {
        return surnames.contains(t);
    }

    /** The hash index over all names, stop names and name prefixes: what text matching uses. */
    NameIndex index() {
        return index;
    }

    /** Everything a folded name key can mean; empty for unknown and stop names. */
    NameRef[] lookup(String key) {
        if (key == null || stopNames.contains(key)) {
            return NONE;
        }
        NameRef[] refs = names.get(key);
        return refs == null ? NONE : refs;
    }

    /** A listed stop word or phrase. */
    boolean isStopName(String key) {
        return key != null && stopNames.contains(key);
    }

    /**
     * Whether this mention, meaning this entry, reads as ordinary English: a one-word name that is a
     * dictionary word ("Nice", "Reading"), or, where capitals carry no signal, a name made only of
     * dictionary and stop words ("THE CITY", "PORT CITY"). Countries, demonyms and cities of a
     * million people are never ordinary words.
     */
    boolean isOrdinaryWords(Mention m, NameRef ref) {
        if (!m.ordinaryWords || ref.kind() == NameRef.Kind.COUNTRY || ref.kind() == NameRef.Kind.DEMONYM
                || ref.kind() == NameRef.Kind.ACTOR) {
            return false;
        }
        if (ref.kind() == NameRef.Kind.PLACE && places.get(ref.index()).population() >= DICTIONARY_WORD_EXEMPT_POPULATION) {
            return false;
        }
        return m.endToken - m.firstToken == 1 || m.caseless;
    }

    /** Index of the country's capital in the place list, or -1. */
    int capitalOf(int countryIndex) {
        return capitalByCountry[countryIndex];
    }

    /** Whether some indexed name of more words starts with these words ("san" for "san salvador"). */
    boolean isNamePrefix(String key) {
        return namePrefixes.contains(key);
    }

    int maxNameWords() {
        return maxNameWords;
    }

    Country country(int index) {
        return countries.get(index);
    }

    Country countryByCode(String code) {
        Integer i = code == null ? null : countryByCode.get(code);
        return i == null ? null : countries.get(i);
    }

    Admin1Area admin1(int index) {
        return admin1.get(index);
    }

    Admin1Area admin1ByCode(String countryCode, String code) {
        Integer i = admin1ByCode.get(countryCode + "." + code);
        return i == null ? null : admin1.get(i);
    }

    Place place(int index) {
        return places.get(index);
    }

    int placeCount() {
        return places.size();
    }

    int nameCount() {
        return names.size();
    }

    List<Country> countries() {
        return countries;
    }

    /** Index of the country a reference belongs to (a flat array look-up: this runs for every candidate). */
    int countryIndexOf(NameRef ref) {
        return switch (ref.kind()) {
            case COUNTRY, DEMONYM, ACTOR -> ref.index();
            case ADMIN1 -> admin1Country[ref.index()];
            case PLACE -> placeCountry[ref.index()];
        };
    }

    /** Index of a country by ISO alpha-2 code, or -1. */
    int countryIndex(String code) {
        Integer i = code == null ? null : countryByCode.get(code);
        return i == null ? -1 : i;
    }

    int countryCount() {
        return countries.size();
    }

    /** Country code a reference belongs to. */
    String countryCodeOf(NameRef ref) {
        return switch (ref.kind()) {
            case COUNTRY, DEMONYM, ACTOR -> countries.get(ref.index()).code();
            case ADMIN1 -> admin1.get(ref.index()).countryCode();
            case PLACE -> places.get(ref.index()).countryCode();
        };
    }
}
