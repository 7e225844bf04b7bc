package io.incidentalerts.classifier.rules;

/** What a phrase in the rule files means to the classifier. */
public enum RuleKind {
    /** A violent event word; carries a category (or none for generic words like "attack"). */
    TRIGGER,
    /** Masks a trigger it overlaps: "heart attack", "photo bomb", "shot up". */
    NOT_TRIGGER,
    /** Who does violence: gunmen, militants, a suicide bomber. Also supports weak triggers. */
    PERPETRATOR,
    /** Weapons: supports weak triggers; may hint a category. */
    WEAPON,
    /** People or places that are hit; supports "attack"-type triggers. */
    VICTIM,
    /** A plane, bus or ship: supports hijacking triggers only. */
    VEHICLE,
    /**
     * A prominent person (mayor, judge, minister): killing one or two of them is an assassination.
     * Not a victim cue: ministers "attack" plans in every political story.
     */
    OFFICIAL,
    /** "the motorcade of", "the home of": what links an attack to the official it aims at */
    TARGET,
    /** "said", "told": an official before it is a source, not a target */
    SAYING,
    /** Makes a nearby following trigger unreal: foiled, plot, would, threatened to, no. */
    HYPOTHETICAL,
    /**
     * Dates what the sentence reports to the last hours or days (today, yesterday, last night):
     * evidence that it is the news itself, weighed by the document decision.
     */
    RECENT,
    /** Marks one sentence as recalling an earlier event. */
    BACKGROUND,
    /**
     * A toll summed over a war or a campaign ("since the war began", "during 10 years of civil war"):
     * the counts and trigger words of its clause (and of the clause after it, when it opens the
     * sentence) tell no incident, while the rest of the sentence still tells its event ("the
     * deadliest attack since the war began, a bomb killed 40").
     */
    AGGREGATE,
    /** Marks the start of a background section: this sentence and all later ones. */
    BACKGROUND_OPENER,
    /** A non-incident frame word (sport, business, court, ...). */
    FRAME,
    /** A casualty word or phrase, killed or injured, with how it takes its number. */
    TOLL,
    /** Words allowed between a casualty verb and its number: "at least", "more than". */
    TOLL_SKIP,
    /** A severity signal with a weight: lockdown, manhunt, state of emergency. */
    SIGNAL
}
