package io.incidentalerts.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * deploy/kubernetes/incident-alerts.yaml is the chart rendered with default values, for users without Helm.
 * Regenerate it with deploy/kubernetes/regenerate.sh (which runs this test with -Dregenerate.manifests=true).
 */
class PlainManifestsTest {

    static final Path MANIFESTS = Path.of("deploy", "kubernetes", "incident-alerts.yaml");
    private static final String HEADER = """
            # Generated from helm/incident-alerts with default values (release name incident-alerts).
            # Do not edit: change the chart, then run deploy/kubernetes/regenerate.sh.
            """;

    @Test
    void manifestsEqualAFreshRenderOfTheChart() throws Exception {
        String fresh = HEADER + RenderedChart.defaults().text;
        if (Boolean.getBoolean("regenerate.manifests")) {
            Files.createDirectories(MANIFESTS.getParent());
            Files.writeString(MANIFESTS, fresh);
        }

        assertThat(MANIFESTS).exists();
        assertThat(Files.readString(MANIFESTS)).as("%s is stale: run deploy/kubernetes/regenerate.sh", MANIFESTS)
                .isEqualTo(fresh);
    }
}
