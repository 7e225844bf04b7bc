package io.incidentalerts.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The monitoring kit's files and the PromQL expressions inside them. */
final class Kit {

    static final Path PROMETHEUS = Path.of("deploy/prometheus");
    static final Path CONFIG = PROMETHEUS.resolve("prometheus.yml");
    static final Path RULES = PROMETHEUS.resolve("rules/incident-alerts.rules.yml");
    static final Path RULE_TESTS = PROMETHEUS.resolve("tests/incident-alerts.rules.test.yml");
    static final Path GRAFANA = Path.of("deploy/grafana");
    static final Path DASHBOARD = GRAFANA.resolve("dashboards/incident-alerts.json");

    private Kit() {
    }

    /** Every panel query of the dashboard, with the instance variable widened to all instances. */
    static List<String> dashboardQueries() throws IOException {
        List<String> exprs = new ArrayList<>();
        for (JsonNode panel : new ObjectMapper().readTree(DASHBOARD.toFile()).path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                exprs.add(target.path("expr").asText().replace("$instance", ".*"));
            }
        }
        return exprs;
    }

    static List<String> ruleQueries() throws IOException {
        List<String> exprs = new ArrayList<>();
        for (JsonNode group : new YAMLMapper().readTree(RULES.toFile()).path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                exprs.add(rule.path("expr").asText());
            }
        }
        return exprs;
    }
}
