package io.incidentalerts.classifier.geo;

/** A first-level division (province, state, governorate...) keyed by GeoNames' admin1 code. */
record Admin1Area(String countryCode, String code, String name, double lat, double lon) {
}
