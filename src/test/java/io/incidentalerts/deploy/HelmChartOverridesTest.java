package io.incidentalerts.deploy;

import static io.incidentalerts.deploy.RenderedChart.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The chart rendered with the value overrides users are expected to reach for. */
class HelmChartOverridesTest {

    @Test
    void deploymentModeUsesEmptyDirStateAndDynamicMembership() {
        RenderedChart chart = RenderedChart.render("workload:\n  kind: Deployment\n");

        assertThat(chart.ofKind("StatefulSet")).isEmpty();
        JsonNode spec = chart.single("Deployment").path("spec");
        assertThat(spec.has("volumeClaimTemplates")).isFalse();
        assertThat(spec.has("podManagementPolicy")).isFalse();
        assertThat(named(chart.podSpec().path("volumes"), "state").path("emptyDir").isObject()).isTrue();
        assertThat(named(chart.container().path("env"), "INCIDENT_ALERTS_GROUP_INSTANCE_ID").isMissingNode())
                .as("without group.instance.id the service leaves the group on close").isTrue();
    }

    @Test
    void monitoringAddsServiceMonitorAndPrometheusRuleFromTheOpsKit() throws Exception {
        RenderedChart chart = RenderedChart.render("""
                monitoring:
                  serviceMonitor:
                    enabled: true
                    labels: {release: prometheus}
                  prometheusRule:
                    enabled: true
                """);

        JsonNode monitor = chart.single("ServiceMonitor");
        assertThat(monitor.path("metadata").path("labels").path("release").asText()).isEqualTo("prometheus");
        JsonNode endpoint = monitor.path("spec").path("endpoints").get(0);
        assertThat(endpoint.path("port").asText()).isEqualTo("http");
        assertThat(endpoint.path("path").asText()).isEqualTo("/metrics");

        JsonNode rules = chart.single("PrometheusRule").path("spec");
        JsonNode kit = RenderedChart.parse(Files.readString(
                Path.of("deploy", "prometheus", "rules", "incident-alerts.rules.yml"))).get(0);
        assertThat(rules.path("groups")).isNotEmpty().isEqualTo(kit.path("groups"));
    }

    @Test
    void serviceMonitorSelectsOnlyTheHttpService() {
        RenderedChart chart = RenderedChart.render("monitoring:\n  serviceMonitor:\n    enabled: true\n");
        JsonNode selector = chart.single("ServiceMonitor").path("spec").path("selector");

        long selected = chart.ofKind("Service").stream().filter(s -> selects(selector, s.path("metadata").path("labels"))).count();
        assertThat(selected).as("scraping both Services would count every pod twice").isEqualTo(1);
    }

    @Test
    void apiTokenComesFromTheNamedSecret() {
        RenderedChart chart = RenderedChart.render("""
                apiToken:
                  existingSecret: incident-api
                  key: bearer
                workload:
                  kind: Deployment
                """);
        JsonNode token = null;
        for (JsonNode env : chart.container().path("env")) {
            if (env.path("name").asText().equals("INCIDENT_ALERTS_HTTP_API_TOKEN")) {
                token = env;
            }
        }
        assertThat(token).as("token variable").isNotNull();
        assertThat(token.path("valueFrom").path("secretKeyRef").path("name").asText()).isEqualTo("incident-api");
        assertThat(token.path("valueFrom").path("secretKeyRef").path("key").asText()).isEqualTo("bearer");
        assertThat(RenderedChart.render("").text).doesNotContain("INCIDENT_ALERTS_HTTP_API_TOKEN");
    }

    @Test
    void existingSecretAndTruststoreAreWiredIn() {
        RenderedChart chart = RenderedChart.render("""
                kafka:
                  bootstrapServers: broker-1.example:9093
                  existingSecret: kafka-credentials
                  properties:
                    security.protocol: SASL_SSL
                    sasl.mechanism: SCRAM-SHA-512
                    ssl.truststore.location: /etc/incident-alerts/truststore/truststore.p12
                  truststore:
                    secretName: kafka-truststore
                """);

        JsonNode envFrom = chart.container().path("envFrom");
        assertThat(envFrom.findValuesAsText("name")).contains("kafka-credentials");
        assertThat(envFrom.get(1).path("secretRef").path("name").asText()).isEqualTo("kafka-credentials");
        JsonNode data = chart.single("ConfigMap").path("data");
        assertThat(data.path("KAFKA_BOOTSTRAP_SERVERS").asText()).isEqualTo("broker-1.example:9093");
        assertThat(data.path("KAFKA_SECURITY_PROTOCOL").asText()).isEqualTo("SASL_SSL");
        assertThat(data.path("KAFKA_SASL_MECHANISM").asText()).isEqualTo("SCRAM-SHA-512");
        assertThat(data.has("KAFKA_SASL_JAAS_CONFIG")).as("credentials stay in the Secret").isFalse();
        assertThat(named(chart.podSpec().path("volumes"), "truststore").path("secret").path("secretName").asText())
                .isEqualTo("kafka-truststore");
        JsonNode mount = named(chart.container().path("volumeMounts"), "truststore");
        assertThat(mount.path("mountPath").asText()).isEqualTo("/etc/incident-alerts/truststore");
        assertThat(mount.path("readOnly").asBoolean()).isTrue();
    }

    @Test
    void threeReplicasScaleTheStatefulSetUnderTheSameDisruptionBudget() {
        RenderedChart chart = RenderedChart.render("replicaCount: 3\n");

        assertThat(chart.single("StatefulSet").path("spec").path("replicas").asInt()).isEqualTo(3);
        assertThat(chart.single("PodDisruptionBudget").path("spec").path("maxUnavailable").asInt()).isEqualTo(1);
    }

    @Test
    void withoutOptionalPartsNoSecretOrTruststoreIsReferenced() {
        RenderedChart chart = RenderedChart.defaults();

        assertThat(chart.text).doesNotContain("secretRef").doesNotContain("truststore");
    }

    @Test
    void schemaRejectsUnknownKindsAndChartManagedSettings() {
        assertThatThrownBy(() -> RenderedChart.render("workload:\n  kind: DaemonSet\n"))
                .hasMessageContaining("workload.kind");
        assertThatThrownBy(() -> RenderedChart.render("config:\n  state.dir: /elsewhere\n"))
                .hasMessageContaining("config");
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        var wanted = selector.path("matchLabels").fields();
        while (wanted.hasNext()) {
            var e = wanted.next();
            if (!labels.path(e.getKey()).asText().equals(e.getValue().asText())) {
                return false;
            }
        }
        for (JsonNode expr : selector.path("matchExpressions")) {
            boolean present = labels.has(expr.path("key").asText());
            switch (expr.path("operator").asText()) {
                case "DoesNotExist" -> { if (present) return false; }
                case "Exists" -> { if (!present) return false; }
                default -> throw new AssertionError("operator not handled by this test: " + expr);
            }
        }
        return true;
    }
}
