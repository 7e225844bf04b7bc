package io.incidentalerts.classifier.geo;

/**
 * A populated place from GeoNames; name is the plain-Latin (ASCII) form used in output ("Herat"),
 * the index also knows the original spelling ("Herāt").
 *
 * @param parent index of the city this place is a section of (feature code PPLX), or -1
 */
record Place(String name, String countryCode, String admin1Code, double lat, double lon, long population,
             String featureCode, int parent) {

    boolean isCapital() {
        return "PPLC".equals(featureCode);
    }
}
