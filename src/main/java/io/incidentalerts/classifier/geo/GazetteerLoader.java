package io.incidentalerts.classifier.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** Reads the generated resources under /gazetteer/ and the curated additions into a {@link Gazetteer}. */
final class GazetteerLoader {

    private static final String DIR = "/gazetteer/";
    /** Code prefix scripts/gazetteer/admin1.mjs gives ISO 3166-2 divisions that are a GeoNames admin2. */
    static final String SECOND_LEVEL_CODE = "X-";

    private final List<Country> countries = new ArrayList<>();
    private final Map<String, Integer> countryByCode = new HashMap<>();
    private final List<Admin1Area> admin1 = new ArrayList<>();
    private final Map<String, Integer> admin1ByCode = new HashMap<>();
    private final List<Place> places = new ArrayList<>(130_000);
    private final Map<String, NameRef[]> names = new HashMap<>(600_000);
    private final Set<String> stopNames = new HashSet<>();
    private final Set<String> commonWordNames = new HashSet<>();
    private final Set<String> dictionaryWords = new HashSet<>();
    private final Set<String> givenNames = new HashSet<>();
    private final Set<String> surnames = new HashSet<>();
    private final Set<String> prefixes = new HashSet<>(200_000);
    private final Map<String, String> shared = new HashMap<>();
    private int maxNameWords = 1;

    /** Longer names are not indexed: no place name that news uses has more words. */
    static final int MAX_NAME_WORDS = 6;

    /** Places at or above this size get their two-word names indexed as one word too. */
    private static final long JOIN_WORDS_POPULATION = 10_000;

    static Gazetteer loadDefault() {
        GazetteerLoader loader = new GazetteerLoader();
        loader.readLines("countries.tsv.gz", loader::addCountry);
        loader.readLines("admin1.tsv.gz", loader::addAdmin1);
        loader.readLines("places.tsv.gz", loader::addPlace);
        loader.readLines("common-words.txt.gz", f -> loader.dictionaryWords.add(f[0]));
        loader.readLines("curated.tsv", loader::addCurated);
        loader.readLines("given-names.txt.gz", f -> loader.givenNames.add(f[0]));
        loader.readLines("surnames.txt.gz", f -> loader.surnames.add(f[0]));
        return new Gazetteer(loader.countries, loader.countryByCode, loader.admin1, loader.admin1ByCode,
                loader.places, loader.names, loader.stopNames, loader.commonWordNames, loader.dictionaryWords,
                loader.capitals(), loader.prefixes, loader.maxNameWords, loader.givenNames,
                loader.surnames);
    }

    private void readLines(String resource, Consumer<String[]> sink) {
        try (InputStream raw = GazetteerLoader.class.getResourceAsStream(DIR + resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing gazetteer resource " + DIR + resource);
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    sink.accept(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + resource, e);
        }
    }

    // cca2 name region continent lat lon population names demonyms
    private void addCountry(String[] f) {
        int index = countries.size();
        countries.add(new Country(f[0], f[1], f[2], f[3], Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                Long.parseLong(f[6])));
        countryByCode.put(f[0], index);
        for (String name : f[7].split("\\|")) {
            addName(name, new NameRef(NameRef.Kind.COUNTRY, index, false, isAbbreviation(name)));
        }
        for (String demonym : f[8].split("\\|")) {
            addName(demonym, new NameRef(NameRef.Kind.DEMONYM, index, false, false));
        }
    }

    // cca2 admin1code name lat lon otherNames
    private void addAdmin1(String[] f) {
        int index = admin1.size();
        admin1.add(new Admin1Area(f[0], f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4])));
        admin1ByCode.putIfAbsent(f[0] + "." + f[1], index);
        // "X-" codes: divisions GeoNames has no admin1 for, mostly second-level ones (a province of
        // Burkina Faso); their names count as weaker, alternate names
        boolean secondLevel = f[1].startsWith(SECOND_LEVEL_CODE);
        addAdmin1Name(f[2], index, secondLevel);
        if (f.length > 5 && !f[5].isEmpty()) {
            // the same division's names in its other sources (GeoNames, ISO 3166-2)
            for (String other : f[5].split("\\|")) {
                addAdmin1Name(other, index, secondLevel);
            }
        }
    }

    // A bare name ("Manchester", "Sud-Ouest") is an alternate-strength name: many divisions share
    // one with a city or with a division of another country. "Balkh Province" written out is strong.
    private void addAdmin1Name(String name, int index, boolean alternate) {
        String bare = AreaWords.withoutDivisionWord(name);
        addName(name, new NameRef(NameRef.Kind.ADMIN1, index, alternate || bare == null, false));
        if (bare != null) {
            addName(bare, new NameRef(NameRef.Kind.ADMIN1, index, true, false));
        }
    }

    // name cca2 admin1code lat lon population featureCode parentRow altNames asciiName
    private void addPlace(String[] f) {
        int index = places.size();
        int parent = f[7].isEmpty() ? -1 : Integer.parseInt(f[7]);
        String ascii = f.length > 9 && !f[9].isEmpty() ? f[9] : f[0];
        places.add(new Place(DisplayName.of(f[0], ascii), f[1], share(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                Long.parseLong(f[5]), share(f[6]), parent));
        boolean join = places.get(index).population() >= JOIN_WORDS_POPULATION;
        addNameWithVariants(f[0], new NameRef(NameRef.Kind.PLACE, index, false, false), join);
        if (ascii != f[0]) {
            addNameWithVariants(ascii, new NameRef(NameRef.Kind.PLACE, index, false, false), join);
        }
        if (!f[8].isEmpty()) {
            for (String alt : f[8].split("\\|")) {
                addNameWithVariants(alt, new NameRef(NameRef.Kind.PLACE, index, true, false), false);
            }
        }
    }

    private void addPrefixes(String key) {
        if (key == null) {
            return;
        }
        for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
            prefixes.add(key.substring(0, space));
        }
    }

    private String share(String s) {
        String old = shared.putIfAbsent(s, s);
        return old == null ? s : old;
    }

    private void addNameWithVariants(String name, NameRef ref, boolean joinWords) {
        String key = NameKeys.nameKey(name);
        if (key == null) {
            return;
        }
        addKeyRef(key, ref);
        NameRef variant = new NameRef(ref.kind(), ref.index(), true, false);
        for (String v : NameVariants.of(key, joinWords)) {
            addKeyRef(v, variant);
        }
    }

    private int[] capitals() {
        int[] capitals = new int[countries.size()];
        java.util.Arrays.fill(capitals, -1);
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            Integer c = countryByCode.get(p.countryCode());
            if (c != null && p.isCapital() && (capitals[c] < 0 || places.get(capitals[c]).population() < p.population())) {
                capitals[c] = i;
            }
        }
        return capitals;
    }

    private void addCurated(String[] f) {
        if (f.length < 2) {
            return;
        }
        String kind = f[0];
        String name = f[1];
        switch (kind) {
            case "stop" -> {
                addKey(stopNames, name);
                addPrefixes(NameKeys.nameKey(name));
            }
            case "common" -> addKey(commonWordNames, name);
            case "demonym", "country", "region", "actor" -> {
                Integer country = f.length > 2 ? countryByCode.get(f[2]) : null;
                if (country != null) {
                    NameRef.Kind k = switch (kind) {
                        case "demonym" -> NameRef.Kind.DEMONYM;
                        case "actor" -> NameRef.Kind.ACTOR;
                        default -> NameRef.Kind.COUNTRY;
                    };
                    addName(name, new NameRef(k, country, false, isAbbreviation(name)));
                }
            }
            case "place" -> {
                int target = f.length > 2 ? mostPopulous(f[2]) : -1;
                if (target >= 0) {
                    addName(name, new NameRef(NameRef.Kind.PLACE, target, false, false));
                }
            }
            default -> {
                // unknown kinds are ignored so that older code can read newer curated files
            }
        }
    }

    private int mostPopulous(String nameAndCountry) {
        String[] parts = nameAndCountry.split("\\|");
        if (parts.length != 2) {
            return -1;
        }
        int best = -1;
        for (NameRef ref : names.getOrDefault(NameKeys.nameKey(parts[0]), new NameRef[0])) {
            if (ref.kind() == NameRef.Kind.PLACE && places.get(ref.index()).countryCode().equals(parts[1])
                    && (best < 0 || places.get(ref.index()).population() > places.get(best).population())) {
                best = ref.index();
            }
        }
        return best;
    }

    private void replace(String key, NameRef[] refs, NameRef old, NameRef better) {
        NameRef[] copy = refs.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == old) {
                copy[i] = better;
            }
        }
        names.put(key, copy);
    }

    private static void addKey(Set<String> set, String name) {
        String key = NameKeys.nameKey(name);
        if (key != null) {
            set.add(key);
        }
    }

    private static boolean isAbbreviation(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2 && letters <= 4;
    }

    private void addName(String name, NameRef ref) {
        if (name == null || name.isBlank()) {
            return;
        }
        String key = NameKeys.nameKey(name);
        if (key != null) {
            addKeyRef(key, ref);
        }
    }

    private void addKeyRef(String key, NameRef ref) {
        NameRef[] old = names.get(key);
        if (old == null) {
            int words = WordView.wordCount(key);
            if (words > MAX_NAME_WORDS) {
                return;
            }
            names.put(key, new NameRef[] {ref});
            maxNameWords = Math.max(maxNameWords, words);
            addPrefixes(key);
            return;
        }
        for (NameRef r : old) {
            if (r.kind() == ref.kind() && r.index() == ref.index()) {
                if (r.alternate() && !ref.alternate()) {
                    replace(key, old, r, ref);
                }
                return;
            }
        }
        NameRef[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = ref;
        names.put(key, grown);
    }
}
