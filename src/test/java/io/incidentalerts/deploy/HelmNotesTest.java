package io.incidentalerts.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.DryRun;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.Release;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** templates/NOTES.txt, which helm template does not render: seen through a client-only dry-run install. */
class HelmNotesTest {

    @Test
    void notesExplainHowToReachTheService() {
        String notes = install(null);

        assertThat(notes).contains("StatefulSet with 1 replica(s)", "news.articles from kafka:9092",
                "port-forward svc/incident-alerts 8080", "/health/ready").doesNotContain("WARNING");
    }

    @Test
    void notesWarnWhenSaslHasNoSecret() throws Exception {
        Path values = Files.createTempFile("values-", ".yaml");
        try {
            Files.writeString(values, "kafka:\n  properties:\n    security.protocol: SASL_SSL\n");
            assertThat(install(values)).contains("WARNING: security.protocol is SASL_SSL");
        } finally {
            Files.delete(values);
        }
    }

    private static String install(Path values) {
        var install = new Helm(RenderedChart.CHART).install().withName(RenderedChart.RELEASE)
                .withDryRunOption(DryRun.CLIENT).clientOnly();
        Release release = (values == null ? install : install.withValuesFile(values)).call();
        return release.getOutput();
    }
}
