package io.incidentalerts.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The service jar that `mvn package` builds carries the project's LICENSE and NOTICE and the data licences. */
class ShadedJarLicencesIT {

    private static final Path JAR = Path.of("target", "incident-alerts.jar");

    private static String read(ZipFile jar, String name) throws Exception {
        ZipEntry e = jar.getEntry(name);
        assertThat(e).as(name + " in " + JAR).isNotNull();
        return new String(jar.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void jarCarriesLicenceNoticeAndDataLicences() throws Exception {
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            // the project's own files, not a dependency's copy of the same path
            assertThat(read(jar, "META-INF/LICENSE")).isEqualTo(Files.readString(Path.of("LICENSE")));
            assertThat(read(jar, "META-INF/NOTICE")).isEqualTo(Files.readString(Path.of("NOTICE")));
            assertThat(read(jar, "META-INF/licenses/gazetteer/LICENSE-DATA.md")).contains("GeoNames");
            assertThat(read(jar, "META-INF/licenses/classifier/lang/en/LICENSE-LEXICONS.md")).contains("WordNet");
            try (var files = Files.list(Path.of("licenses"))) {
                for (Path p : files.toList()) {
                    assertThat(read(jar, "META-INF/licenses/" + p.getFileName())).isEqualTo(Files.readString(p));
                }
            }
        }
    }
}
