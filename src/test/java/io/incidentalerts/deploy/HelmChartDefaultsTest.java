package io.incidentalerts.deploy;

import static io.incidentalerts.deploy.RenderedChart.named;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentalerts.config.AppConfig;
import io.incidentalerts.config.ConfigLoader;
import io.incidentalerts.config.Setting;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chart rendered with its default values: a single-replica StatefulSet and its companions. */
class HelmChartDefaultsTest {

    private static RenderedChart chart;

    @BeforeAll
    static void render() {
        chart = RenderedChart.defaults();
    }

    @Test
    void rendersStatefulSetWithServicesConfigAndDisruptionBudgetOnly() {
        assertThat(chart.kinds()).containsExactly(
                "ConfigMap", "PodDisruptionBudget", "Service", "Service", "ServiceAccount", "StatefulSet");
    }

    @Test
    void statefulSetKeepsStatePerPodAndStartsPodsInParallel() {
        JsonNode spec = chart.single("StatefulSet").path("spec");

        assertThat(spec.path("replicas").asInt()).isEqualTo(1);
        assertThat(spec.path("podManagementPolicy").asText()).isEqualTo("Parallel");
        assertThat(spec.path("serviceName").asText()).isEqualTo("incident-alerts-headless");
        JsonNode claim = spec.path("volumeClaimTemplates").get(0);
        assertThat(claim.path("metadata").path("name").asText()).isEqualTo("state");
        assertThat(claim.path("spec").path("resources").path("requests").path("storage").asText()).isEqualTo("1Gi");
        assertThat(named(chart.podSpec().path("volumes"), "state").isMissingNode())
                .as("state comes from the claim template, not a pod volume").isTrue();
    }

    @Test
    void groupInstanceIdIsThePodName() {
        JsonNode env = named(chart.container().path("env"), "INCIDENT_ALERTS_GROUP_INSTANCE_ID");

        assertThat(env.path("valueFrom").path("fieldRef").path("fieldPath").asText()).isEqualTo("metadata.name");
    }

    @Test
    void servicesAreHeadlessPlusHttp() {
        Map<String, JsonNode> byName = chart.ofKind("Service").stream()
                .collect(Collectors.toMap(s -> s.path("metadata").path("name").asText(), s -> s));

        assertThat(byName.keySet()).containsExactlyInAnyOrder("incident-alerts", "incident-alerts-headless");
        assertThat(byName.get("incident-alerts-headless").path("spec").path("clusterIP").asText()).isEqualTo("None");
        assertThat(byName.get("incident-alerts").path("spec").path("clusterIP").isMissingNode()).isTrue();
        assertThat(byName.get("incident-alerts").path("spec").path("ports").get(0).path("port").asInt()).isEqualTo(8080);
    }

    @Test
    void probesUseHealthEndpointsAndStartupAllowsLongRestores() {
        JsonNode c = chart.container();

        assertThat(c.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/health/live");
        assertThat(c.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/health/ready");
        JsonNode startup = c.path("startupProbe");
        assertThat(startup.path("httpGet").path("path").asText()).isEqualTo("/health/live");
        int startupSeconds = startup.path("periodSeconds").asInt() * startup.path("failureThreshold").asInt();
        assertThat(startupSeconds).as("time allowed before liveness checks begin").isGreaterThanOrEqualTo(600);
    }

    @Test
    void podIsLockedDown() {
        JsonNode pod = chart.podSpec().path("securityContext");
        JsonNode container = chart.container().path("securityContext");

        assertThat(pod.path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.path("runAsUser").asInt()).isEqualTo(10001);
        assertThat(pod.path("fsGroup").asInt()).isEqualTo(10001);
        assertThat(pod.path("seccompProfile").path("type").asText()).isEqualTo("RuntimeDefault");
        assertThat(container.path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(container.path("capabilities").path("drop")).extracting(JsonNode::asText).containsExactly("ALL");
        assertThat(chart.podSpec().path("enableServiceLinks").asBoolean(true)).isFalse();
        assertThat(chart.podSpec().path("automountServiceAccountToken").asBoolean(true)).isFalse();
    }

    @Test
    void tmpIsWritableMemoryAndStateDirIsMounted() {
        JsonNode tmp = named(chart.podSpec().path("volumes"), "tmp");
        JsonNode mounts = chart.container().path("volumeMounts");

        assertThat(tmp.path("emptyDir").path("medium").asText()).isEqualTo("Memory");
        assertThat(named(mounts, "tmp").path("mountPath").asText()).isEqualTo("/tmp");
        assertThat(named(mounts, "state").path("mountPath").asText()).isEqualTo("/var/lib/incident-alerts");
    }

    @Test
    void gracePeriodOutlastsTheCloseTimeout() {
        long closeMs = Long.parseLong(configMapData().get(Setting.CLOSE_TIMEOUT_MS.envName()));
        long graceSeconds = chart.podSpec().path("terminationGracePeriodSeconds").asLong();

        assertThat(graceSeconds * 1000).isGreaterThan(closeMs);
    }

    @Test
    void environmentComesFromTheConfigMap() {
        String configMap = chart.single("ConfigMap").path("metadata").path("name").asText();
        JsonNode envFrom = chart.container().path("envFrom");

        assertThat(envFrom).hasSize(1);
        assertThat(envFrom.get(0).path("configMapRef").path("name").asText()).isEqualTo(configMap);
        assertThat(configMapData()).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                .containsEntry(Setting.STATE_DIR.envName(), "/var/lib/incident-alerts")
                .containsEntry(Setting.HTTP_PORT.envName(), "8080");
    }

    @Test
    void configMapNamesOnlyRealSettingsAndLoadsAsAValidConfig() {
        Set<String> known = Arrays.stream(Setting.values()).map(Setting::envName).collect(Collectors.toSet());
        Map<String, String> env = new HashMap<>(configMapData());
        env.put(Setting.GROUP_INSTANCE_ID.envName(), "incident-alerts-0");

        assertThat(env.keySet().stream().filter(k -> k.startsWith("INCIDENT_ALERTS_"))).allMatch(known::contains);
        AppConfig config = ConfigLoader.load(null, env, Map.of());
        assertThat(config.bootstrapServers()).hasValue("kafka:9092");
        assertThat(config.streamsStateDir()).isEqualTo(Path.of("/var/lib/incident-alerts"));
        assertThat(config.groupInstanceId()).hasValue("incident-alerts-0");
    }

    @Test
    void configChangesRollThePods() {
        String before = checksum(chart);
        String after = checksum(RenderedChart.render("config:\n  stream.threads: \"2\"\n"));

        assertThat(before).matches("[0-9a-f]{64}");
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void imageTagDefaultsToAppVersion() {
        assertThat(chart.container().path("image").asText()).isEqualTo("incident-alerts:0.1.0");
    }

    private static String checksum(RenderedChart rendered) {
        return rendered.workload().path("spec").path("template").path("metadata").path("annotations")
                .path("checksum/config").asText();
    }

    private static Map<String, String> configMapData() {
        Map<String, String> data = new HashMap<>();
        chart.single("ConfigMap").path("data").fields().forEachRemaining(e -> data.put(e.getKey(), e.getValue().asText()));
        return data;
    }
}
