package io.incidentalerts.classifier.toll;

import java.util.Set;

/** The closed word classes the toll readers use (function words, pronouns, agents, rise words). */
final class TollWords {

    static final int GAP = 14;
    /** Words allowed between a toll word and its rise word: "the death toll from Sunday's bombing in Kabul has risen". */
    static final int UPDATE_GAP = 9;
    static final Set<String> SUBSET = Set.of("including", "among", "whom", "them");
    static final Set<String> NEGATORS = Set.of("no", "not", "none", "nobody");
    static final Set<String> SINGULAR_AUX = Set.of("was", "is", "been", "has", "reportedly");
    static final Set<String> POSSESSIVES = Set.of("a", "an", "his", "her", "their", "its", "one");
    /** Verbs that name a killing only with "to death"/"dead" after the victims: "stabbed 4 people to death". */
    static final Set<String> MANNER_VERBS = Set.of("stabbed", "stabbing", "shot", "shooting", "hacked",
            "hacking", "beat", "beaten", "beating", "burned", "burnt", "bludgeoned", "clubbed");
    static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");
    static final Set<String> HUMAN_POSSESSIVES = Set.of("his", "their");
    static final Set<String> REFLEXIVES = Set.of("himself", "herself");
    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she");
    static final Set<String> SAYING = Set.of("said", "says", "told", "added", "reported", "according",
            "was", "were", "is", "are", "has", "have", "had", "will", "would");
    static final Set<String> OTHERS = Set.of("others", "other");
    /** Words before a count that bound it: "at least 20", "more than 100", "some 30". */
    static final Set<String> QUALIFIERS = Set.of("at", "least", "more", "than", "about", "some", "nearly", "almost",
            "around", "over", "roughly", "approximately");
    static final Set<String> MORE_WORDS = Set.of("more", "also", "another", "further", "additional");
    static final Set<String> RISE_WORDS = Set.of("rose", "risen", "climbed", "raising", "raised", "reached",
            "increased", "rises", "climbing", "rising");
    /** A toll stated, not raised: "the death toll from the attack stood at 9". */
    static final Set<String> STATE_WORDS = Set.of("stood", "stands", "stand");
    static final Set<String> UNKNOWN = Set.of("unknown", "undisclosed", "unspecified", "undetermined",
            "unconfirmed");
    static final Set<String> AGENTS = Set.of("police", "officers", "officer", "soldiers", "troops",
            "forces", "guards", "army", "policeman", "commandos", "security");
    static final Set<String> TIME_CLAUSE = Set.of("before", "after", "when", "while", "until", "as");
    static final Set<String> GENERIC_GROUPS = Set.of("people", "persons", "victims", "others", "civilians");
    static final Set<String> SELF_DETONATION = Set.of("blew", "blowing", "detonated", "detonating");
    static final Set<String> PREPOSITIONS = Set.of("in", "at", "on", "from", "by", "with", "into", "during",
            "near", "after");
    static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "and", "but", "after", "before", "when",
            "while", "as", "then", "where", "who", "which");

    private TollWords() {
    }
}
