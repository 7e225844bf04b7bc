package io.incidentalerts.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The gazetteer build pulls only the npm packages pinned in scripts/gazetteer/packages.tsv, and each
 * declares a licence on the allow-list beside it (check-licences.mjs enforces the same against what
 * npm actually installed, when the build runs).
 */
class GazetteerSourcesTest {

    private static final Path DIR = Path.of("scripts/gazetteer");

    private static List<String[]> rows(String file) throws Exception {
        return Files.readAllLines(DIR.resolve(file)).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .toList();
    }

    @Test
    void everyPinnedPackageHasALicenceOnTheAllowList() throws Exception {
        Set<String> allowed = rows("licence-allow-list.txt").stream().map(r -> r[0].strip()).collect(Collectors.toSet());
        List<String[]> packages = rows("packages.tsv");
        assertThat(packages).isNotEmpty();
        for (String[] p : packages) {
            assertThat(p).as(String.join(" ", p)).hasSize(3);
            assertThat(allowed).as("licence of " + p[0] + "@" + p[1]).contains(p[2].strip());
        }
    }

    @Test
    void theAllowListHoldsNoCopyleftOrNonCommercialLicence() throws Exception {
        for (String[] r : rows("licence-allow-list.txt")) {
            assertThat(r[0]).doesNotContainPattern("(?i)GPL|-NC|-ND|-SA|SSPL|EUPL|MPL|EPL|CDDL");
        }
    }

    @Test
    void buildScriptInstallsOnlyThePinnedPackagesAndChecksTheirLicencesFirst() throws Exception {
        String build = Files.readString(DIR.resolve("build.sh"));
        // no package named in the script itself: name@version literals would bypass packages.tsv
        Matcher literal = Pattern.compile("(?<![\\w/.-])(@?[a-z0-9][\\w.-]*(?:/[\\w.-]+)?)@\\d+(?:\\.\\d+)*").matcher(build);
        assertThat(literal.find()).as("package literal in build.sh").isFalse();
        assertThat(build).contains("\"$here/packages.tsv\"").contains("\"${packages[@]}\"");
        int check = build.indexOf("check-licences.mjs");
        assertThat(check).isPositive().isLessThan(build.indexOf("build-gazetteer.mjs"));
    }

    @Test
    void licenceDataNamesEveryPinnedPackage() throws Exception {
        String doc = Files.readString(Path.of("src/main/resources/gazetteer/LICENSE-DATA.md"));
        for (String[] p : rows("packages.tsv")) {
            assertThat(doc).as(p[0]).contains("`" + p[0] + "@" + p[1] + "`");
        }
    }
}
