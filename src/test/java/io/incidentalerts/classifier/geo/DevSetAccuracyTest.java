package io.incidentalerts.classifier.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentalerts.classifier.Location;
import io.incidentalerts.support.EvalFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Country accuracy over the labelled dev incidents (the copy in src/test/resources/eval; whole text, no focus). */
class DevSetAccuracyTest {

    private static final double FLOOR = 0.85;
    /** The same rows in capitals (old wire copy): no case signal, so a little lower. */
    private static final double ALL_CAPS_FLOOR = 0.83;

    @Test
    void countryAccuracyOnDevIncidents() throws IOException {
        assertThat(accuracy(false)).isGreaterThanOrEqualTo(FLOOR);
    }

    @Test
    void countryAccuracyOnDevIncidentsInCapitals() throws IOException {
        assertThat(accuracy(true)).isGreaterThanOrEqualTo(ALL_CAPS_FLOOR);
    }

    private double accuracy(boolean capitals) throws IOException {
        Path file = EvalFiles.path("dev-incidents");
        PlaceResolver resolver = PlaceResolver.loadDefault();
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(file);
        int right = 0;
        int cities = 0;
        for (String line : lines) {
            JsonNode row = json.readTree(line);
            String original = row.get("text").asText();
            String text = capitals ? original.toUpperCase(java.util.Locale.ROOT) : original;
            String expected = resolver.country(row.get("country").asText()).map(Location::country)
                    .orElse(row.get("country").asText());
            Optional<PlaceMatch> match = resolver.resolve(text);
            String got = match.map(m -> m.location().country()).orElse(null);
            if (expected.equals(got)) {
                right++;
                if (match.get().location().city() != null) {
                    cities++;
                }
            } else if (Boolean.getBoolean("geo.verbose") && capitals == Boolean.getBoolean("geo.caps")) {
                System.out.printf("MISS %s expected=%s got=%s via '%s'%n  %s%n", row.get("id").asText(), expected,
                        got, match.map(m -> text.substring(m.start(), m.end())).orElse("-"), text);
            }
        }
        double accuracy = (double) right / lines.size();
        System.out.printf("dev-incidents%s: country accuracy %.1f%% (%d/%d); %d right with a city%n",
                capitals ? " (in capitals)" : "", 100 * accuracy, right, lines.size(), cities);
        return accuracy;
    }
}
