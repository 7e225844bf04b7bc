package io.incidentalerts.support;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * Labelled evaluation files on the test classpath ({@code /eval/<name>.jsonl}), all inside the
 * repository: the dev incidents (CC BY-SA 4.0, see {@code src/test/resources/eval/dev-incidents-README.md}),
 * the tuning sets and the bundled negatives. A missing file fails the test that needs it.
 */
public final class EvalFiles {

    private EvalFiles() {
    }

    public static Path path(String name) {
        String resource = "/eval/" + name + ".jsonl";
        URL url = EvalFiles.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException(resource + " is not on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(resource + ": " + e.getMessage(), e);
        }
    }
}
