package io.incidentalerts.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.http.Health;
import io.incidentalerts.http.HttpApi;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The image's health check script, run against the service's real HTTP endpoints. */
class HealthcheckScriptTest {

    private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
    private HttpApi http;

    @BeforeEach
    void startHttp() throws Exception {
        http = HttpApi.start("127.0.0.1", 0, new Health(state::get), () -> "", () -> "");
    }

    @AfterEach
    void stopHttp() {
        http.close();
    }

    @Test
    void healthyWhileLiveEvenWhenNotReady() throws Exception {
        assertThat(check(http.address().getPort())).isZero();
        state.set(State.REBALANCING);
        assertThat(check(http.address().getPort())).isZero();
    }

    @Test
    void unhealthyOnceKafkaStreamsHasFailed() throws Exception {
        state.set(State.ERROR);

        assertThat(check(http.address().getPort())).isNotZero();
    }

    @Test
    void unhealthyWhenNothingListens() throws Exception {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }

        assertThat(check(freePort)).isNotZero();
    }

    private static int check(int port) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of("docker", "healthcheck.sh").toAbsolutePath().toString());
        pb.environment().put("INCIDENT_ALERTS_HTTP_PORT", Integer.toString(port));
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = pb.start();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("health check did not finish");
        }
        return process.exitValue();
    }
}
