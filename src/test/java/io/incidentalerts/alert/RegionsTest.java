package io.incidentalerts.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Every region the gazetteer can put on an alert has a region topic; otherwise its alerts would not be routed. */
class RegionsTest {

    @Test
    void everyGazetteerRegionIsARoutableM49SubRegion() throws Exception {
        TreeSet<String> regions = new TreeSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                RegionsTest.class.getResourceAsStream("/gazetteer/countries.tsv.gz")), StandardCharsets.UTF_8))) {
            in.lines().map(l -> l.split("\t")).filter(f -> f.length > 2 && !f[2].isBlank()).forEach(f -> regions.add(f[2]));
        }
        assertThat(regions).hasSizeGreaterThan(15);
        assertThat(regions).allSatisfy(r -> assertThat(Regions.isKnown(r)).as(r).isTrue());
    }
}
