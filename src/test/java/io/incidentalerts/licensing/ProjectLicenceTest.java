package io.incidentalerts.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** LICENSE, NOTICE and the pom name the same licence: Apache-2.0. */
class ProjectLicenceTest {

    @Test
    void licenceNoticeAndPomAgree() throws Exception {
        String licence = Files.readString(Path.of("LICENSE"));
        assertThat(licence.strip()).startsWith("Apache License").contains("Version 2.0, January 2004")
                .contains("END OF TERMS AND CONDITIONS");
        assertThat(Files.readString(Path.of("NOTICE"))).contains("Apache License, Version 2.0 (LICENSE)");
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).contains("<licenses>").contains("<name>Apache-2.0</name>")
                .contains("https://www.apache.org/licenses/LICENSE-2.0.txt").contains("<scm>");
    }

    @Test
    void noGplDataShips() throws Exception {
        // the gazetteer once took division names from a GPL-3.0 package (country-state-city)
        assertThat(Files.readString(Path.of("scripts/gazetteer/packages.tsv"))).doesNotContain("country-state-city")
                .doesNotContainPattern("GPL");
        assertThat(Files.readString(Path.of("scripts/gazetteer/build.sh"))).doesNotContain("country-state-city");
        assertThat(Files.readString(Path.of("src/main/resources/gazetteer/LICENSE-DATA.md")))
                .doesNotContain("country-state-city");
        assertThat(Files.readString(Path.of("NOTICE"))).doesNotContain("country-state-city");
    }
}
