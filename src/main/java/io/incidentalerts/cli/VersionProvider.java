package io.incidentalerts.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** {@code -V}: the project version from the pom, which the build writes into {@value #RESOURCE}. */
final class VersionProvider implements CommandLine.IVersionProvider {

    static final String RESOURCE = "/io/incidentalerts/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"incident-alerts " + version()};
    }

    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath: build with Maven");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
