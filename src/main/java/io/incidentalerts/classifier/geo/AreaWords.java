package io.incidentalerts.classifier.geo;

import io.incidentalerts.classifier.text.LanguagePack;
import io.incidentalerts.classifier.text.WordLists;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words around a place name that the resolver reads ({@code place-words.tsv} of the language
 * pack): area kinds ("province", "city"), place cues ("in", "near"), person titles, demonym heads.
 * Loaded once; {@link ContextReader} turns them into {@link WordSet}s for token lookups.
 */
final class AreaWords {

    private static final WordLists LISTS = WordLists.load(LanguagePack.ENGLISH, "place-words.tsv");

    /** Words for a first-level division, found after its name ("Balkh Province"). */
    static final Set<String> DIVISION = LISTS.set("division");
    /** Words for a settlement or a part of one, found before or after its name. */
    static final Set<String> SETTLEMENT = LISTS.set("settlement");
    static final Set<String> ISLAND = LISTS.set("island");
    static final Set<String> CAPITAL = LISTS.set("capital");
    /** Capitalised words that follow a place name inside an organisation or facility name. */
    static final Set<String> FACILITY = LISTS.set("facility");
    /** Words right before a place that say the event is there. */
    static final Set<String> LOCATIVE = LISTS.set("locative");
    static final Set<String> OF = LISTS.set("of");
    /** "mayor of Nice", "residents of Aleppo", "north of Kabul": the name after "of" is a place. */
    static final Set<String> OF_PLACE_HEADS = LISTS.set("of-place-heads");
    static final Set<String> FROM = LISTS.set("from");
    static final Set<String> ARTICLES = LISTS.set("articles");
    static final Set<String> DIRECTIONS = LISTS.set("directions");
    static final Set<String> BORDER_WORDS = LISTS.set("border-words");
    static final Set<String> BORDER_LINKS = LISTS.set("border-links");
    /** What may stand between two names that share an origin ("from Sweden and Austria"). */
    static final Set<String> QUALIFIER_JOINS = LISTS.set("qualifier-joins");
    /** Nouns after a demonym that describe someone's nationality or origin rather than the place. */
    static final Set<String> PEOPLE_NOUNS = LISTS.set("people-nouns");
    /** Nouns after a demonym that point at the country's own institutions ("Afghan police"). */
    static final Set<String> AUTHORITY_NOUNS = LISTS.set("authority-nouns");
    /** "La Reforma Street", "Haifa Street": a street named after a place runs elsewhere. */
    static final Set<String> STREET_WORDS = LISTS.set("street-words");
    /** "the Peruvian embassy": a country's mission stands in another country. */
    static final Set<String> MISSION_WORDS = LISTS.set("mission-words");
    /** "officials in Paris said": where a statement comes from, which is often not where the event was. */
    static final Set<String> SPEECH_VERBS = LISTS.set("speech-verbs");
    /** "the minister said in Managua": where a statement was made, before the place. */
    static final Set<String> STATEMENT_VERBS = LISTS.set("statement-verbs");
    /** Titles that make the next capitalised word a person ("President Jordan"). */
    static final Set<String> PERSON_TITLE = LISTS.set("person-title");
    /** A part of a city after its name: "the Escalon neighborhood". */
    static final Set<String> NEIGHBOURHOOD = LISTS.set("neighbourhood");
    /** Lower-case joining words inside longer proper names ("Notre Dame de Nice"). */
    static final Set<String> NAME_CONNECTORS = LISTS.set("name-connectors");
    /** The word between a person's two surnames ("Rivera y Damas"). */
    static final Set<String> SURNAME_JOINERS = LISTS.set("surname-joiners");
    /** Arabic articles glued to a name by a hyphen ("al-Hasakeh"): part of the name, not a compound. */
    static final Set<String> ARTICLE_PREFIXES = LISTS.set("article-prefixes");
    /** Arabic articles a gazetteer name may be written with or without, in the order they are tried. */
    static final List<String> NAME_ARTICLES = LISTS.list("name-articles");

    static {
        LISTS.allTaken();
    }

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
