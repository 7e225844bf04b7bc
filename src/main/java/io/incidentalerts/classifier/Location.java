package io.incidentalerts.classifier;

/**
 * Where an incident happened. Fields finer than {@link #precision()} are null; region is the UN
 * M49 sub-region name ("Central Asia"), continent the M49 region ("Asia").
 */
public record Location(
        String city,
        String admin1,
        String country,
        String countryCode,
        String region,
        String continent,
        Double lat,
        Double lon,
        Precision precision) {
}
