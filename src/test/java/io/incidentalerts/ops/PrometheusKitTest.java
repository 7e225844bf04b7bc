package io.incidentalerts.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The monitoring kit as Prometheus' own tool sees it, plus the Grafana files' wiring. */
class PrometheusKitTest {

    @Test
    void scrapeConfigIsValidAndLoadsTheRules() throws Exception {
        Command c = Command.run(List.of(Binaries.require("promtool").toString(), "check", "config",
                Kit.CONFIG.toAbsolutePath().toString()), Path.of("."));
        assertThat(c.exitCode()).as(c.output()).isZero();
        assertThat(c.output()).contains("1 rule files found");
    }

    @Test
    void rulesAreValid() throws Exception {
        Command c = Command.run(List.of(Binaries.require("promtool").toString(), "check", "rules",
                Kit.RULES.toAbsolutePath().toString()), Path.of("."));
        assertThat(c.exitCode()).as(c.output()).isZero();
        assertThat(c.output()).contains("SUCCESS: 7 rules found");
    }

    @Test
    void rulesFireWhenTheyShouldAndOnlyThen() throws Exception {
        Command c = Command.run(List.of(Binaries.require("promtool").toString(), "test", "rules",
                Kit.RULE_TESTS.getFileName().toString()), Kit.RULE_TESTS.getParent());
        assertThat(c.exitCode()).as(c.output()).isZero();
        assertThat(c.output()).contains("SUCCESS");
    }

    @Test
    void dashboardUsesTheProvisionedDataSourceAndProviderPath() throws Exception {
        JsonNode datasources = new YAMLMapper().readTree(
                Kit.GRAFANA.resolve("provisioning/datasources/prometheus.yml").toFile()).path("datasources");
        assertThat(datasources).hasSize(1);
        assertThat(datasources.get(0).path("type").asText()).isEqualTo("prometheus");

        JsonNode dashboard = new ObjectMapper().readTree(Kit.DASHBOARD.toFile());
        assertThat(dashboard.path("uid").asText()).isEqualTo("incident-alerts");
        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(panel.path("datasource").path("uid").asText()).as(panel.path("title").asText())
                    .isEqualTo("${datasource}");
            assertThat(panel.path("targets")).as(panel.path("title").asText()).isNotEmpty();
        }
        JsonNode providers = new YAMLMapper().readTree(
                Kit.GRAFANA.resolve("provisioning/dashboards/incident-alerts.yml").toFile()).path("providers");
        assertThat(providers.get(0).path("options").path("path").asText()).isNotBlank();
    }
}
