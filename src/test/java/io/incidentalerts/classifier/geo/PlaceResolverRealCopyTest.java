package io.incidentalerts.classifier.geo;

import io.incidentalerts.classifier.Location;
import io.incidentalerts.classifier.Precision;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Place reading on patterns of real copy (issue 12, item 5), one behaviour per test, on short texts
 * written for the purpose.
 */
class PlaceResolverRealCopyTest {

    private static final PlaceResolver RESOLVER = PlaceResolver.loadDefault();

    private static Location resolve(String text) {
        Optional<PlaceMatch> match = RESOLVER.resolve(text);
        assertThat(match).as("a place for: %s", text).isPresent();
        return match.get().location();
    }

    private static Location resolve(String text, String focus) {
        int start = text.indexOf(focus);
        Optional<PlaceMatch> match = RESOLVER.resolve(text, List.of(new TextSpan(start, start + focus.length())));
        assertThat(match).as("a place for: %s", text).isPresent();
        return match.get().location();
    }

    @Test
    void capitalBeatsACityNamedLikeItsProvinceInCapitals() {
        // the Dominican Santiago shares its name with its province; that must not lift it over Chile's capital
        Location l = resolve("SANTIAGO, 4 MAY 89 (RADIO NETWORK) -- [TEXT] A BOMB EXPLODED LAST NIGHT OUTSIDE A BANK "
                + "BRANCH, POLICE SOURCES HAVE REPORTED.");
        assertThat(l.countryCode()).isEqualTo("CL");
        assertThat(l.precision()).isEqualTo(Precision.CITY);
    }

    @Test
    void capitalBeatsACityNamedLikeItsProvinceInMixedCase() {
        assertThat(resolve("A bomb exploded outside a bank in Santiago on Friday.").countryCode()).isEqualTo("CL");
    }

    @Test
    void aCityNamedLikeItsProvinceIsStillTheCity() {
        Location l = resolve("A car bomb killed three people in Kandahar on Monday.");
        assertThat(l.precision()).isEqualTo(Precision.CITY);
        assertThat(l.countryCode()).isEqualTo("AF");
    }
}
