package io.incidentalerts.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * deploy/container/compose.local-images.yml, the override compose-up.sh runs the stack with on a machine
 * without a registry: no service of docker-compose.yml may still need a pulled image there.
 */
class LocalImagesOverrideTest {

    private static JsonNode services;
    private static JsonNode overrides;

    @BeforeAll
    static void read() throws Exception {
        services = RenderedChart.parse(Files.readString(Path.of("docker-compose.yml"))).get(0).path("services");
        overrides = RenderedChart.parse(Files.readString(Path.of("deploy/container/compose.local-images.yml")))
                .get(0).path("services");
    }

    @Test
    void everyPulledImageIsReplacedByALocalOneOrLeftOutByAProfile() {
        for (Map.Entry<String, JsonNode> service : services.properties()) {
            if (service.getValue().has("build")) {
                continue;
            }
            JsonNode override = overrides.path(service.getKey());
            boolean local = override.path("image").asText().startsWith("localhost/");
            boolean leftOut = override.path("profiles").size() > 0;
            assertThat(local || leftOut).as(service.getKey() + " needs a registry").isTrue();
        }
        assertThat(overrides.path("grafana").path("profiles").toString()).contains("grafana");
    }

    @Test
    void theServiceIsBuiltOnTheBaseImagesTheScriptMakes() throws Exception {
        String script = Files.readString(Path.of("deploy/container/base-images.sh"));
        JsonNode args = overrides.path("incident-alerts").path("build").path("args");

        for (String arg : new String[] {"BUILD_IMAGE", "RUNTIME_IMAGE"}) {
            assertThat(args.path(arg).asText()).startsWith("localhost/");
            assertThat(script).contains(arg + "=" + args.path(arg).asText() + "\n");
            assertThat(Dockerfile.read(Path.of("Dockerfile")).globalArgs()).containsKey(arg);
        }
    }

    @Test
    void localImagesAreTheOnesComposeUpBuilds() throws Exception {
        String script = Files.readString(Path.of("deploy/container/compose-up.sh"));

        for (String service : new String[] {"kafka", "kafka-init", "prometheus"}) {
            assertThat(script).contains("=" + overrides.path(service).path("image").asText() + "\n");
        }
    }
}
