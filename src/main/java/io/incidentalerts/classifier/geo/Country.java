package io.incidentalerts.classifier.geo;

/** A country as the gazetteer knows it; region is the M49 sub-region, continent the M49 region. */
record Country(String code, String name, String region, String continent, double lat, double lon,
               long population) {
}
