package io.incidentalerts.identity;

import io.incidentalerts.classifier.Casualties;
import io.incidentalerts.classifier.Category;
import io.incidentalerts.classifier.Location;
import io.incidentalerts.classifier.Precision;
import io.incidentalerts.classifier.Severity;
import java.time.Instant;
import java.util.List;

/** Hand-made reports for the identity unit tests. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2024-03-12T08:40:00Z");
    static final Location KIRKUK = new Location("Kirkuk", "Kirkuk Governorate", "Iraq", "IQ", "Western Asia", "Asia",
            35.47, 44.39, Precision.CITY);
    static final Location KIRKUK_PROVINCE = new Location(null, "Kirkuk Governorate", "Iraq", "IQ", "Western Asia",
            "Asia", 35.4, 44.3, Precision.ADMIN1);
    static final Location MOSUL = new Location("Mosul", "Nineveh Governorate", "Iraq", "IQ", "Western Asia", "Asia",
            36.34, 43.13, Precision.CITY);
    static final Location ALMATY = new Location("Almaty", null, "Kazakhstan", "KZ", "Central Asia", "Asia",
            43.25, 76.95, Precision.CITY);

    static final String WIRE = "A car bomb exploded at a crowded vegetable market in the northern Iraqi city of Kirkuk on "
            + "Tuesday morning, killing 12 people and wounding 30, police said. The explosives-laden car had been parked "
            + "near the main entrance of the market as traders set up their stalls.";
    static final String FOLLOW_UP = "At least 19 people were killed and 41 wounded in Tuesday's car bomb at a vegetable "
            + "market in Kirkuk, hospital officials said, as several of the wounded died overnight. The explosives-laden "
            + "car had been parked near the market entrance.";
    static final String KIDNAP = "Armed men abducted two engineers working for a foreign oil company as they drove to "
            + "the Baba Gurgur field on the outskirts of Kirkuk on Tuesday evening, a company spokesman said.";

    private Fixtures() {
    }

    static Report report(String id, String outlet, Instant time, Category category, Location place, int killed,
                         int injured, String text) {
        Severity severity = killed >= 10 ? Severity.CRITICAL : killed > 0 ? Severity.HIGH : Severity.MODERATE;
        return new Report(id, outlet, time, category, severity, 0.8, place, new Casualties(killed, injured),
                TextSignature.of(text), null, List.of());
    }

    static Report wire() {
        return report("wire", "Example Wire", T0, Category.BOMBING, KIRKUK, 12, 30, WIRE);
    }
}
