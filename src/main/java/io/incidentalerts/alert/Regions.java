package io.incidentalerts.alert;

import io.incidentalerts.config.TopicNames;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The UN M49 sub-regions (with the intermediate regions of Africa and the Americas, and Antarctica,
 * which M49 does not divide): the places an alert can be routed to, one topic each.
 */
public final class Regions {

    public static final List<String> M49_SUB_REGIONS = List.of(
            "Northern Africa", "Eastern Africa", "Middle Africa", "Southern Africa", "Western Africa",
            "Caribbean", "Central America", "South America", "Northern America",
            "Central Asia", "Eastern Asia", "South-eastern Asia", "Southern Asia", "Western Asia",
            "Eastern Europe", "Northern Europe", "Southern Europe", "Western Europe",
            "Australia and New Zealand", "Melanesia", "Micronesia", "Polynesia",
            "Antarctica");

    private static final Set<String> SLUGS =
            M49_SUB_REGIONS.stream().map(TopicNames::slug).collect(Collectors.toUnmodifiableSet());

    private Regions() {
    }

    public static boolean isKnown(String region) {
        return region != null && SLUGS.contains(TopicNames.slug(region));
    }
}
