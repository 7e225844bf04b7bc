/**
 * Gazetteer and event-place resolver (no Kafka code).
 *
 * <p>{@link io.incidentalerts.classifier.geo.PlaceResolver} loads the bundled gazetteer once
 * (resources under {@code /gazetteer/}, built by {@code scripts/gazetteer/build.sh}) and, per text:
 * <ol>
 *   <li>reads the words of the classifier's tokens ({@code WordView}: the text is not tokenized again)
 *       and notes, line by line, whether capitals carry meaning ({@code CaseProfile});</li>
 *   <li>finds names by longest match of up to six words in a hash index of folded names
 *       ({@code MentionFinder}; words are hashed while tokenising, {@code NameHash}, and looked up with
 *       one probe each in {@code NameIndex}, so no per-word strings are built), reading the words around each ({@code ContextReader}): place cues
 *       ("in", "city of"), division words ("Province"), "X, Country" qualifiers, the place of the parsed dateline
 *       ({@link io.incidentalerts.classifier.dateline.DatelineReader}), person-name
 *       and organisation signs, borders, origins, nationalities;</li>
 *   <li>decides what each ambiguous name means on a log-population scale helped by the countries
 *       named elsewhere ({@code Disambiguator});</li>
 *   <li>weights each mention by its cues and position (focus spans first, else the opening of the
 *       text), sums the evidence per country, and reports the most specific well-supported place in
 *       the winning country ({@code EventPlaceScorer}).</li>
 * </ol>
 * Everything is a linear scan with hash look-ups; no regular expressions run per name. Throughput is
 * measured in CPU time by {@code ResolverBenchMain} (tests).
 */
package io.incidentalerts.classifier.geo;
