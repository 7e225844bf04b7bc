package io.incidentalerts.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every data file the jar ships (gazetteer, classifier word lists, lexicons and model, samples,
 * negatives, benchmark text) is named in NOTICE with its source and licence, so that a user can
 * tell from the jar which parts are under which terms.
 */
class NoticeCoversBundledDataTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    /**
     * Not data: documentation and licence texts beside the data, the log configuration, service
     * registrations, the project's JSON schemas, and the console's page code (its third-party scripts
     * are named in NOTICE too, but as libraries; its map data counts as data).
     */
    private static boolean isData(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        boolean pageCode = path.startsWith("console/") && name.matches(".*\\.(js|css|html|svg)");
        return !name.endsWith(".md") && !name.equals("README.txt") && !name.equals("LICENSE")
                && !path.equals("logback.xml") && !path.startsWith("schema/") && !path.startsWith("META-INF/")
                && !pageCode;
    }

    static List<String> bundledDataFiles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> RESOURCES.relativize(p).toString().replace('\\', '/'))
                    .filter(NoticeCoversBundledDataTest::isData)
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyBundledDataFileHasAnEntryInNotice() throws IOException {
        String notice = Files.readString(Path.of("NOTICE"));
        List<String> data = bundledDataFiles();
        assertThat(data).contains("gazetteer/admin1.tsv.gz", "classifier/lang/en/triggers-lexical.tsv",
                "classifier/model/relevance.tsv.gz", "samples/articles.jsonl",
                "console/vendor/world-atlas/countries-110m.json");
        for (String file : data) {
            assertThat(notice).as("NOTICE entry for src/main/resources/" + file)
                    .containsPattern("(?m)^" + java.util.regex.Pattern.quote(file) + "$");
        }
    }

    @Test
    void everyLicenceTextNoticeNamesIsThere() throws IOException {
        String notice = Files.readString(Path.of("NOTICE"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("licenses/([A-Za-z0-9.\\-]+\\.txt)").matcher(notice);
        int named = 0;
        while (m.find()) {
            named++;
            assertThat(Path.of("licenses", m.group(1))).as(m.group()).isRegularFile();
        }
        assertThat(named).isPositive();
    }
}
