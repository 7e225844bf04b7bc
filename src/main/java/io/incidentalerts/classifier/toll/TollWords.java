package io.incidentalerts.classifier.toll;

import io.incidentalerts.classifier.text.LanguagePack;
import io.incidentalerts.classifier.text.WordLists;
import java.util.Set;

/**
 * The closed word classes the toll readers use (function words, pronouns, agents, rise words), from
 * {@code toll-grammar.tsv} of the language pack, loaded once.
 */
final class TollWords {

    static final int GAP = 14;
    /** Words allowed between a toll word and its rise word: "the death toll from Sunday's bombing in Kabul has risen". */
    static final int UPDATE_GAP = 9;
    private static final WordLists LISTS = WordLists.load(LanguagePack.ENGLISH, "toll-grammar.tsv");

    static final Set<String> SUBSET = LISTS.set("subset");
    static final Set<String> NEGATORS = LISTS.set("negators");
    static final Set<String> SINGULAR_AUX = LISTS.set("singular-aux");
    static final Set<String> POSSESSIVES = LISTS.set("possessives");
    /** Verbs that name a killing only with "to death"/"dead" after the victims: "stabbed 4 people to death". */
    static final Set<String> MANNER_VERBS = LISTS.set("manner-verbs");
    static final Set<String> OBJECT_PRONOUNS = LISTS.set("object-pronouns");
    static final Set<String> HUMAN_POSSESSIVES = LISTS.set("human-possessives");
    static final Set<String> REFLEXIVES = LISTS.set("reflexives");
    static final Set<String> SUBJECT_PRONOUNS = LISTS.set("subject-pronouns");
    static final Set<String> SAYING = LISTS.set("saying");
    static final Set<String> OTHERS = LISTS.set("others");
    /** Words before a count that bound it: "at least 20", "more than 100", "some 30". */
    static final Set<String> QUALIFIERS = LISTS.set("qualifiers");
    static final Set<String> MORE_WORDS = LISTS.set("more-words");
    static final Set<String> RISE_WORDS = LISTS.set("rise-words");
    /** A toll stated, not raised: "the death toll from the attack stood at 9". */
    static final Set<String> STATE_WORDS = LISTS.set("state-words");
    static final Set<String> UNKNOWN = LISTS.set("unknown");
    static final Set<String> AGENTS = LISTS.set("agents");
    static final Set<String> TIME_CLAUSE = LISTS.set("time-clause");
    static final Set<String> SUBJECT_ENDS = LISTS.set("subject-ends");
    static final Set<String> AGENT_RELATIVES = LISTS.set("agent-relatives");
    static final Set<String> APPOSITION_RELATIVES = LISTS.set("apposition-relatives");
    static final Set<String> COUNT_UNKNOWN = LISTS.set("count-unknown");
    static final Set<String> PLURAL_HEADS = LISTS.set("plural-heads");
    static final Set<String> GENERIC_GROUPS = LISTS.set("generic-groups");
    static final Set<String> SELF_DETONATION = LISTS.set("self-detonation");
    static final Set<String> PREPOSITIONS = LISTS.set("prepositions");
    static final Set<String> CLAUSE_BREAKS = LISTS.set("clause-breaks");
    /** A list of single persons as the subject: "Ana Ruiz, 34, and her son were killed" (see NamedListReader). */
    static final Set<String> KIN = LISTS.set("kin");
    static final Set<String> KIN_POSSESSIVES = LISTS.set("kin-possessives");
    static final Set<String> NAME_STOPS = LISTS.set("name-stops");
    static final Set<String> DETERMINERS = LISTS.set("determiners");
    static final Set<String> COLLECTIVE_HEADS = LISTS.set("collective-heads");

    /** A number followed by one of these is no count: "5 km", "10 years", "3 pm". */
    static final Set<String> NOT_COUNT_AFTER = LISTS.set("not-count-after");

    /** "the driver died in the explosion": a lone victim told with the incident as the cause of death. */
    static final Set<String> CAUSES = LISTS.set("causes");
    static final Set<String> CAUSE_LINKS = LISTS.set("cause-links");
    static final Set<String> CAUSE_WOUNDS = LISTS.set("cause-wounds");
    static final Set<String> CAUSE_SELF = LISTS.set("cause-self");
    static final Set<String> COUNTERFACTUAL = LISTS.set("counterfactual");
    /** "executed 5 trades": casualty verbs that count only a person after them (see ActiveReader). */
    static final Set<String> PERSON_OBJECT_VERBS = LISTS.set("person-object-verbs");
    static final Set<String> PERSON_HEADS = LISTS.set("person-heads");

    /** A number after one of these, set off by commas, is an age: ", aged 42,". */
    static final Set<String> AGE_BEFORE = LISTS.set("age-before");

    static {
        LISTS.allTaken();
    }

    private TollWords() {
    }
}
