package io.incidentalerts.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.incidentalerts.IncidentService;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.cli.Main;
import io.incidentalerts.config.AppConfig;
import io.incidentalerts.config.ConfigLoader;
import io.incidentalerts.support.ArticleRecords;
import io.incidentalerts.support.KafkaPerClass;
import io.incidentalerts.support.ServiceConfigs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A user's first mistakes (a wrong address, a busy port, a missing topic) end fast with one line that says what to change. */
class StartupFailuresIT {

    @RegisterExtension
    static final KafkaPerClass kafka = new KafkaPerClass();

    @TempDir
    Path dir;

    @Test
    void runWithAWrongBootstrapServerGivesUpWithinTheTimeoutNamingTheServer() throws Exception {
        String nowhere = "localhost:" + closedPort();
        AppConfig config = ConfigLoader.load(null, Map.of(), Map.of("kafka.bootstrap.servers", nowhere,
                "bootstrap.timeout.ms", "1500", "http.port", "0", "state.dir", dir.toString()));
        long start = System.nanoTime();
        assertThatThrownBy(() -> IncidentService.start(config, IncidentClassifier.loadDefault(), Clock.systemUTC()))
                .hasMessageContaining("No Kafka broker answered at " + nowhere + " within 1500 ms")
                .hasMessageContaining("bootstrap.timeout.ms")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void produceToAWrongBootstrapServerIsOneLineAndExitStatus2() throws Exception {
        String nowhere = "localhost:" + closedPort();
        Path file = Files.write(dir.resolve("one.jsonl"), ArticleRecords.almaty());
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        long start = System.nanoTime();
        int exit = cli.execute("produce", file.toString(), "-b", nowhere, "--set", "bootstrap.timeout.ms=1500");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("error: No Kafka broker answered at " + nowhere)
                .contains("-b").doesNotContain("\n");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void produceToATopicTheClusterLacksFailsOnceWithinTheTimeout() throws Exception {
        Path file = Files.write(dir.resolve("two.jsonl"), (new String(ArticleRecords.almaty()) + "\n"
                + new String(ArticleRecords.json("b", "t", "text")) + "\n").getBytes());
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        long start = System.nanoTime();
        int exit = cli.execute("produce", file.toString(), "-b", kafka.bootstrapServers(),
                "--set", "bootstrap.timeout.ms=2000", "--set", "topic.input=no.such.topic");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().strip()).contains("Topic no.such.topic not found on " + kafka.bootstrapServers())
                .doesNotContain("\n");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("once, not once per record")
                .isLessThan(Duration.ofSeconds(4 + 2));
    }

    @Test
    void aBusyHttpPortNamesThePortAndTheSetting() throws Exception {
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress("0.0.0.0", 0));
            int port = busy.getLocalPort();
            AppConfig config = ServiceConfigs.isolated(kafka.bootstrapServers(), "busyhttp.", dir,
                    Map.of("http.port", Integer.toString(port)));
            assertThatThrownBy(() -> IncidentService.start(config, IncidentClassifier.loadDefault(), Clock.systemUTC()))
                    .hasMessageContaining("port " + port + " on 0.0.0.0 is already in use")
                    .hasMessageContaining("http.port");
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
