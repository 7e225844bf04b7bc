package io.incidentalerts.classifier.geo;

/**
 * What a name in the index points at.
 *
 * @param kind      what the index is into
 * @param index     position in the gazetteer's list of that kind
 * @param alternate the name is an alternate spelling rather than the main one
 * @param upperOnly the name counts only when written in capitals in mixed-case text ("UK", "US")
 */
record NameRef(Kind kind, int index, boolean alternate, boolean upperOnly) {

    /** ACTOR: an armed group or force that operates almost only in one country ("Al Shabaab"). */
    enum Kind { COUNTRY, DEMONYM, ACTOR, ADMIN1, PLACE }
}
