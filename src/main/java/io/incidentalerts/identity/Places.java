package io.incidentalerts.identity;

import io.incidentalerts.classifier.Location;
import io.incidentalerts.classifier.Precision;
import java.util.Objects;

/** Whether two resolved places can be, or are close enough to be, the place of one incident. */
final class Places {

    private static final double EARTH_RADIUS_KM = 6371.0;

    private Places() {
    }

    /** Close enough that two different stories there are probably about one event: near cities, same city or province. */
    static boolean near(Location a, Location b, double maxKm) {
        if (a == null || b == null || !Objects.equals(a.countryCode(), b.countryCode())) {
            return false;
        }
        if (a.city() != null && a.city().equalsIgnoreCase(nullToEmpty(b.city()))) {
            return true;
        }
        if (isCity(a) && isCity(b)) {
            return hasPoint(a) && hasPoint(b) && km(a, b) <= maxKm;
        }
        // One side only knows the province: the same province is as near as the text lets us tell.
        return a.admin1() != null && a.admin1().equalsIgnoreCase(nullToEmpty(b.admin1()));
    }

    /** Not contradictory: unknown, or one place inside the other, or cities within a wider radius. */
    static boolean compatible(Location a, Location b, double maxKm) {
        if (a == null || b == null) {
            return true;
        }
        if (!Objects.equals(a.countryCode(), b.countryCode())) {
            return false;
        }
        if (a.precision() == Precision.COUNTRY || b.precision() == Precision.COUNTRY) {
            return true;
        }
        if (isCity(a) && isCity(b) && hasPoint(a) && hasPoint(b)) {
            return km(a, b) <= 3 * maxKm;
        }
        return a.admin1() == null || b.admin1() == null || a.admin1().equalsIgnoreCase(b.admin1());
    }

    /** True when {@code next} pins the place down more finely than {@code current}. */
    static boolean sharper(Location next, Location current) {
        if (next == null) {
            return false;
        }
        if (current == null) {
            return true;
        }
        return rank(next.precision()) > rank(current.precision());
    }

    static double km(Location a, Location b) {
        double lat1 = Math.toRadians(a.lat());
        double lat2 = Math.toRadians(b.lat());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static int rank(Precision p) {
        return p == null ? 0 : switch (p) {
            case COUNTRY -> 1;
            case ADMIN1 -> 2;
            case CITY -> 3;
        };
    }

    private static boolean isCity(Location l) {
        return l.precision() == Precision.CITY;
    }

    private static boolean hasPoint(Location l) {
        return l.lat() != null && l.lon() != null;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
