package io.incidentalerts.classifier.geo;

import java.util.Locale;
import java.util.Set;

/** Words that name a kind of area ("province", "city") or cue that a place follows ("in", "near"). */
final class AreaWords {

    /** Words for a first-level division, found after its name ("Balkh Province"). */
    static final Set<String> DIVISION = Set.of("province", "governorate", "state", "region", "oblast",
            "prefecture", "department", "county", "territory", "division", "krai", "kray", "republic",
            "wilayah", "wilaya", "vilayet", "muhafazah", "emirate", "canton", "voivodeship", "district");

    /** Words for a settlement or a part of one, found before or after its name. */
    static final Set<String> SETTLEMENT = Set.of("city", "town", "village", "capital", "suburb", "township",
            "hamlet", "neighbourhood", "neighborhood", "municipality", "locality", "outskirts", "area",
            "port", "settlement", "camp", "quarter");

    /** Capitalised words that follow a place name inside an organisation or facility name. */
    static final Set<String> FACILITY = Set.of("police", "department", "university", "airport", "hospital",
            "station", "council", "municipality", "mosque", "church", "cathedral", "synagogue", "temple",
            "market", "bazaar", "street", "road", "avenue", "square", "hotel", "school", "college", "prison",
            "jail", "base", "stadium", "arena", "bridge", "court", "camp", "office", "embassy", "consulate",
            "mall", "centre", "center", "port", "harbour", "harbor", "highway", "checkpoint", "district",
            "city", "province", "governorate", "region", "state", "county", "metro", "railway", "bus",
            "international", "national", "stock", "central", "general", "grand", "main",
            "drone", "drones", "warplanes", "jets", "airstrike", "airstrikes");

    /** Words right before a place that say the event is there. */
    static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "into", "across",
            "around", "nearby", "within", "throughout", "on", "outskirts", "toward", "towards");

    /** Titles that make the next capitalised word a person ("President Jordan"). */
    static final Set<String> PERSON_TITLE = Set.of("mr", "mrs", "ms", "dr", "president", "minister",
            "general", "gen", "colonel", "col", "captain", "capt", "sergeant", "sgt", "lieutenant", "lt",
            "governor", "senator", "sen", "rep", "judge", "prince", "king", "queen", "sheikh", "imam",
            "mullah", "pastor", "father", "bishop", "spokesman", "spokeswoman", "commander", "chief",
            "officer", "mayor", "prime", "sir", "lord", "lady", "saint", "st");

    private AreaWords() {
    }

    /** "Deir ez-Zor Governorate" -> "Deir ez-Zor"; null when the name has no trailing division word. */
    static String withoutDivisionWord(String name) {
        int space = name.lastIndexOf(' ');
        if (space <= 0) {
            return null;
        }
        String last = name.substring(space + 1).toLowerCase(Locale.ROOT);
        return DIVISION.contains(last) ? name.substring(0, space).trim() : null;
    }
}
