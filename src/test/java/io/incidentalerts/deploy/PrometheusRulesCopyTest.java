package io.incidentalerts.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Helm can only read files inside the chart, so the chart carries a copy of the operations kit's rules.
 * After changing deploy/prometheus/rules/incident-alerts.rules.yml, copy it to helm/incident-alerts/files/.
 */
class PrometheusRulesCopyTest {

    @Test
    void chartCopyEqualsTheOperationsKitRules() throws Exception {
        Path kit = Path.of("deploy", "prometheus", "rules", "incident-alerts.rules.yml");
        Path copy = RenderedChart.CHART.resolve("files").resolve("incident-alerts.rules.yml");

        assertThat(Files.readString(copy)).as("%s must be a copy of %s", copy, kit).isEqualTo(Files.readString(kit));
    }
}
