package io.incidentalerts.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The code and its tests name no file outside the clone: no path that climbs out of it ({@code "../"})
 * and no absolute path of one machine. Test data lives in src/test/resources. {@code .ci/run} proves
 * the whole suite in a clean clone with nothing beside it; this catches a new such path sooner.
 */
class SelfContainedSourcesTest {

    private static final Pattern OUTSIDE = Pattern.compile("\"(\\.\\./|/work/|/home/|/Users/)");

    @Test
    void noSourceFileNamesAPathOutsideTheClone() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.endsWith(SelfContainedSourcesTest.class.getSimpleName() + ".java"))
                    .flatMap(SelfContainedSourcesTest::outsidePaths).toList();
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theCheckSeesAPathBesideTheClone() {
        assertThat(OUTSIDE.matcher("Path.of(\"../shared/eval/dev-incidents.jsonl\")").find()).isTrue();
        assertThat(OUTSIDE.matcher("Path.of(\"/work/shared/eval/seed-article.json\")").find()).isTrue();
        assertThat(OUTSIDE.matcher("getResource(\"/eval/dev-incidents.jsonl\")").find()).isFalse();
    }

    private static Stream<String> outsidePaths(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return IntStream.range(0, lines.size())
                    .filter(i -> OUTSIDE.matcher(lines.get(i)).find())
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
