package io.incidentalerts.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentalerts.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code run} without a cluster exits 2 instead of starting a broker of its own, so every way of
 * deploying it must name one: the compose file, the Helm chart (which refuses to render without one)
 * and the plain manifests; the image leaves it to them.
 */
class EveryDeploymentNamesAClusterTest {

    @Test
    void composeRunsTheServiceOnItsKafkaService() throws Exception {
        JsonNode services = RenderedChart.parse(Files.readString(Path.of("docker-compose.yml"))).get(0).path("services");
        JsonNode service = services.path("incident-alerts");

        assertThat(bootstrapServers(service.path("environment"))).isEqualTo("kafka:9092");
        assertThat(services.has("kafka")).isTrue();
        assertThat(service.path("command").toString()).doesNotContain("--embedded");
    }

    @Test
    void helmChartDefaultsNameACluster() {
        assertNamesACluster(RenderedChart.defaults());
    }

    @Test
    void plainManifestsNameACluster() {
        assertNamesACluster(RenderedChart.read(PlainManifestsTest.MANIFESTS));
    }

    @Test
    void helmChartRefusesToRenderWithoutACluster() {
        assertThatThrownBy(() -> RenderedChart.render("kafka:\n  bootstrapServers: \"\"\n"))
                .hasMessageContaining("bootstrapServers");
    }

    @Test
    void theImageRunsTheServiceAndLeavesTheClusterToItsDeployment() throws Exception {
        Dockerfile.Stage runtime = Dockerfile.read(Path.of("Dockerfile")).finalStage();

        assertThat(runtime.last("CMD")).isEqualTo("[\"run\"]");
        assertThat(runtime.arguments("ENV")).noneMatch(env -> env.contains("KAFKA_BOOTSTRAP_SERVERS"));
    }

    private static void assertNamesACluster(RenderedChart manifests) {
        assertThat(bootstrapServers(manifests.single("ConfigMap").path("data"))).isEqualTo("kafka:9092");
        JsonNode args = manifests.container().path("args");
        assertThat(args).hasSize(1);
        assertThat(args.get(0).asText()).isEqualTo("run");
    }

    /** The bootstrap servers the service reads from this environment, as ConfigLoader sees them. */
    private static String bootstrapServers(JsonNode environment) {
        Map<String, String> env = new HashMap<>();
        environment.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        return ConfigLoader.load(null, env, Map.of()).bootstrapServers().orElse("(none)");
    }
}
