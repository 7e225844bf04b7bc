package io.incidentalerts.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds a program a test drives for real (promtool, chromium, ...). CI installs them, so there a missing
 * one fails the test; on a developer machine without it the test is skipped, visibly.
 */
public final class Executables {

    private Executables() {
    }

    /** @param install how to get it, e.g. "apt-get install -y prometheus" */
    public static Path require(String name, String install) {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/bin";
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        String why = name + " not found on PATH: " + install;
        if ("true".equals(System.getenv("CI"))) {
            fail(why);
        }
        Assumptions.abort(why);
        throw new AssertionError("unreachable");
    }
}
