package io.incidentalerts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} in a JVM of its own with no Kafka variables: without a cluster it exits 2 with one line
 * at once, starting no broker; a mistyped {@code --set} key stops it the same way.
 */
class RunCommandTest {

    @TempDir
    Path dir;

    private record Exit(int status, List<String> lines) {
    }

    private Exit run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + dir, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.log").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("KAFKA_") || k.startsWith("INCIDENT_ALERTS_"));
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("run did not exit: " + Files.readString(dir.resolve("out.log")));
        }
        return new Exit(p.exitValue(), Files.readAllLines(dir.resolve("out.log")));
    }

    @Test
    void withoutAClusterRunExitsTwoWithOneLineNamingTheVariable() throws Exception {
        Exit exit = run("run", "--set", "http.port=0");

        assertThat(exit.status()).isEqualTo(2);
        assertThat(exit.lines()).containsExactly(RunCommand.NO_CLUSTER);
        assertThat(exit.lines().get(0)).contains("KAFKA_BOOTSTRAP_SERVERS", "kafka.bootstrap.servers", "--embedded");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no broker data folder was made")
                    .noneMatch(name -> name.startsWith("incident-alerts-kafka"));
        }
    }

    @Test
    void aBlankBootstrapSettingIsNoCluster() throws Exception {
        Exit exit = run("run", "--set", "kafka.bootstrap.servers= ");

        assertThat(exit.status()).isEqualTo(2);
        assertThat(exit.lines()).containsExactly(RunCommand.NO_CLUSTER);
    }

    @Test
    void aMistypedSetKeyStopsRunNamingTheNearestKey() throws Exception {
        Exit exit = run("run", "--set", "htpp.port=9090", "--set", "kafka.bootstrap.servers=localhost:1");

        assertThat(exit.status()).isEqualTo(2);
        assertThat(exit.lines()).hasSize(1);
        assertThat(exit.lines().get(0)).startsWith("error: Unknown setting 'htpp.port'")
                .contains("nearest known key: http.port");
    }
}
