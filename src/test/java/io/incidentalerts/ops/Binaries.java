package io.incidentalerts.ops;

import io.incidentalerts.support.Executables;
import java.nio.file.Path;

/** Finds the Prometheus tools (Debian package "prometheus"); see {@link Executables} for CI and elsewhere. */
final class Binaries {

    private Binaries() {
    }

    static Path require(String name) {
        return Executables.require(name, "apt-get install -y prometheus");
    }
}
