package io.incidentalerts.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The image's essentials, read from the Dockerfile (no container engine here to build it). */
class DockerfileTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Dockerfile dockerfile;
    private static Dockerfile.Stage runtime;

    @BeforeAll
    static void read() throws Exception {
        dockerfile = Dockerfile.read(Path.of("Dockerfile"));
        runtime = dockerfile.finalStage();
    }

    @Test
    void buildsWithMavenAndRunsOnAJreOnly() {
        assertThat(dockerfile.stages()).hasSize(2);
        assertThat(dockerfile.stages().get(0).from()).startsWith("maven:").contains("temurin-17").endsWith(" AS build");
        assertThat(runtime.from()).startsWith("eclipse-temurin:17-jre");
        assertThat(runtime.arguments("COPY")).anyMatch(a -> a.startsWith("--from=build /src/target/incident-alerts.jar "));
    }

    @Test
    void baseImagesAreBuildArgumentsDefaultingToThePublicImages() {
        assertThat(dockerfile.globalArgs())
                .containsEntry("BUILD_IMAGE", "maven:3.9.11-eclipse-temurin-17")
                .containsEntry("RUNTIME_IMAGE", "eclipse-temurin:17-jre-noble");
        assertThat(dockerfile.stages().get(0).from()).isEqualTo("maven:3.9.11-eclipse-temurin-17 AS build");
    }

    @Test
    void runsAsTheNonRootUserTheChartExpects() {
        String user = runtime.last("USER");

        assertThat(user).matches("\\d+:\\d+");
        int uid = Integer.parseInt(user.split(":")[0]);
        assertThat(uid).isPositive();
        assertThat(RenderedChart.defaults().podSpec().path("securityContext").path("runAsUser").asInt()).isEqualTo(uid);
    }

    @Test
    void stateDirIsAVolumeOwnedByTheServiceUser() {
        assertThat(runtime.arguments("ENV")).anyMatch(a -> a.contains("INCIDENT_ALERTS_STATE_DIR=/var/lib/incident-alerts"));
        assertThat(runtime.last("VOLUME")).contains("/var/lib/incident-alerts");
        assertThat(runtime.arguments("RUN")).anyMatch(a -> a.contains("chown 10001:10001 /var/lib/incident-alerts"));
    }

    @Test
    void exposesHttpAndChecksLiveness() throws Exception {
        assertThat(runtime.last("EXPOSE")).isEqualTo("8080");
        String healthcheck = runtime.last("HEALTHCHECK");
        assertThat(healthcheck).contains("CMD [\"/opt/incident-alerts/healthcheck.sh\"]");
        assertThat(runtime.arguments("COPY")).anyMatch(a -> a.endsWith("docker/healthcheck.sh /opt/incident-alerts/healthcheck.sh"));
        assertThat(Files.readString(Path.of("docker", "healthcheck.sh"))).contains("/health/live");
    }

    @Test
    void entrypointSizesTheHeapFromTheContainerAndRunsTheService() throws Exception {
        List<String> entrypoint = JSON.readerForListOf(String.class).readValue(runtime.last("ENTRYPOINT"));
        List<String> cmd = JSON.readerForListOf(String.class).readValue(runtime.last("CMD"));

        assertThat(entrypoint).startsWith("java").contains("-XX:MaxRAMPercentage=75")
                .endsWith("-jar", "/opt/incident-alerts/incident-alerts.jar");
        assertThat(cmd).containsExactly("run");
    }

    @Test
    void buildContextKeepsWhatTheBuildCopies() throws Exception {
        List<String> ignore = Files.readAllLines(Path.of(".dockerignore"));

        assertThat(ignore).contains("*", "!pom.xml", "!src/", "!docker/");
        assertThat(Path.of("docker", "healthcheck.sh")).isExecutable();
    }
}
