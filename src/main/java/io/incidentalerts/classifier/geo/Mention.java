package io.incidentalerts.classifier.geo;

import java.util.Set;

/** A run of words in the text that names one or more gazetteer entries, with what surrounds it. */
final class Mention {

    final int firstToken;
    final int endToken;
    final int start;
    final int end;
    final NameRef[] refs;

    /** "in", "near", "city of"... right before the name. */
    boolean locativeCue;
    /** A division word after the name ("Province"): favours first-level divisions. */
    boolean divisionSuffix;
    /** A settlement word before or after the name ("city", "village", "the town of"). */
    boolean settlementCue;
    /** A direction word right before another name: "NORTHEASTERN SAN SALVADOR". */
    boolean directionWord;
    /** A neighbourhood word follows: "THE ESCALON NEIGHBORHOOD" names a part of a city. */
    boolean neighbourhood;
    /** Country codes named right after it ("Hyderabad, Pakistan", "Almaty (Kazakhstan)"). */
    Set<String> qualifiers = Set.of();
    /** Reads like part of a person's name ("Nouri Hamish", "President Jordan"). */
    boolean personLike;
    /** Followed by another capitalised word that is no place or facility word ("Aden Adde"). */
    boolean namedAfter;
    /** Glued by a hyphen to the word before it ("Khanaqa-e-Malawi", "pro-Russian"). */
    boolean compound;
    /** Names the other side of a border ("near the Syrian border", "border with Mali"). */
    boolean border;
    /** A country or demonym followed by "capital": the capital city is meant ("the Afghan capital"). */
    boolean capitalCue;
    /** Followed by a facility word ("Victoria Station", "Kabul University"). */
    boolean facilitySuffix;
    /** Followed by a speech verb ("officials in Paris said"): the source of a statement. */
    boolean attribution;
    /** Right after "from": where people come from more often than where the event is. */
    boolean origin;
    /** A demonym describing people ("Turkish engineers", "Afghan asylum seeker"), not a place. */
    boolean nationality;
    /** Followed by a street word ("La Reforma Street"): a street named after the place, not the place. */
    boolean streetName;
    /** A country or demonym followed by a word for a diplomatic mission ("the Peruvian embassy"). */
    boolean foreignMission;
    /** A demonym followed by a word for local institutions ("Indonesian police"). */
    boolean localAuthority;
    /** What this mention itself added to its country's support (see EventPlaceScorer). */
    double supportGiven;
    /** The one country all its entries lie in, or -1. */
    int supportCountry = -1;
    /** Its entry in the {@link NameIndex}. */
    int entry = -1;
    /** Every word is a dictionary word (or, for several words, a dictionary or stop word). */
    boolean ordinaryWords;
    /** The word also occurs in lower case in this text or is a listed common word. */
    boolean commonWord;
    boolean sentenceStart;
    /** Its line carries no case signal (all capitals, or no capitals at all). */
    boolean caseless;
    boolean dateline;
    /** The dateline's place with a bracketed country after it ("ROME (ITALY), 11 JAN 90"). */
    boolean bureauDateline;
    /** Names the country or area of the mention right before it ("Pakistan" in "Hyderabad, Pakistan"). */
    boolean qualifying;
    /** Focus rank (0 = strongest) of the span it is in, or -1 when outside every focus span. */
    int focusRank = -1;

    Mention(int firstToken, int endToken, int start, int end, NameRef[] refs) {
        this.firstToken = firstToken;
        this.endToken = endToken;
        this.start = start;
        this.end = end;
        this.refs = refs;
    }

    /** Support for a country from the other mentions: a name must not vouch for itself. */
    double othersSupport(double[] support, int country) {
        return country == supportCountry ? support[country] - supportGiven : support[country];
    }

    /** "the Escalon neighborhood" with no country named after it: a part of some city, not a town. */
    boolean bareNeighbourhood() {
        return neighbourhood && qualifiers.isEmpty();
    }

    boolean hasStrongCue() {
        return divisionSuffix || !qualifiers.isEmpty() || dateline;
    }

    boolean hasCue() {
        return locativeCue || divisionSuffix || settlementCue || !qualifiers.isEmpty() || dateline;
    }
}
