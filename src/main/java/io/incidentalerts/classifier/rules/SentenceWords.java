package io.incidentalerts.classifier.rules;

import io.incidentalerts.classifier.text.LanguagePack;
import io.incidentalerts.classifier.text.WordLists;
import java.util.Set;

/** The function words of {@code sentence-words.tsv} in the language pack, loaded once. */
final class SentenceWords {

    private static final WordLists LISTS = WordLists.load(LanguagePack.ENGLISH, "sentence-words.tsv");

    /** Words that may stand between a trigger and the hard frame word that names its scene. */
    static final Set<String> SCENE_LINKS = LISTS.set("scene-links");
    /** Words that open a relative clause. */
    static final Set<String> RELATIVE_PRONOUNS = LISTS.set("relative-pronouns");
    /** Words that open a clause whose hard frame word vetoes no trigger outside it. */
    static final Set<String> ASIDE_OPENERS = LISTS.set("aside-openers");
    /** Words that place an attack beside an official rather than on them. */
    static final Set<String> BESIDE_OFFICIAL = LISTS.set("beside-official");
    /** Words that open a clause of their own inside a phrase. */
    static final Set<String> CLAUSE_OPENERS = LISTS.set("clause-openers");
    /** Punctuation that ends a clause: an aggregate cue voids the counts of its clause only. */
    static final Set<String> CLAUSE_MARKS = LISTS.set("clause-marks");

    /** "The explosion ...", "This attack ...": a sentence opening that goes on with the event told before. */
    static final Set<String> EVENT_ANAPHORA_DETERMINERS = LISTS.set("event-anaphora-determiners");
    static final Set<String> EVENT_ANAPHORA_NOUNS = LISTS.set("event-anaphora-nouns");

    static {
        LISTS.allTaken();
    }

    private SentenceWords() {
    }
}
