package io.incidentalerts.classifier.geo;

import io.incidentalerts.classifier.Location;
import io.incidentalerts.classifier.Precision;

/** Turns a gazetteer entry into the public {@link Location}; city sections become their city. */
final class LocationBuilder {

    private final Gazetteer g;

    LocationBuilder(Gazetteer gazetteer) {
        this.g = gazetteer;
    }

    Location of(NameRef ref) {
        return switch (ref.kind()) {
            case COUNTRY, DEMONYM, ACTOR -> country(g.country(ref.index()));
            case ADMIN1 -> admin1(g.admin1(ref.index()));
            case PLACE -> place(g.place(ref.index()));
        };
    }

    Location country(Country c) {
        return new Location(null, null, c.name(), c.code(), c.region(), c.continent(), c.lat(), c.lon(),
                Precision.COUNTRY);
    }

    private Location admin1(Admin1Area a) {
        Country c = g.countryByCode(a.countryCode());
        return new Location(null, a.name(), c.name(), c.code(), c.region(), c.continent(), a.lat(), a.lon(),
                Precision.ADMIN1);
    }

    private Location place(Place p) {
        Place city = p.parent() >= 0 ? g.place(p.parent()) : p;
        Country c = g.countryByCode(city.countryCode());
        Admin1Area a = g.admin1ByCode(city.countryCode(), city.admin1Code());
        return new Location(city.name(), a == null ? null : a.name(), c.name(), c.code(), c.region(), c.continent(),
                city.lat(), city.lon(), Precision.CITY);
    }
}
