package io.incidentalerts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HttpApiTest {

    private final AtomicReference<State> state = new AtomicReference<>(State.CREATED);
    private final HttpClient client = HttpClient.newHttpClient();
    private HttpApi api;

    @BeforeEach
    void start() throws Exception {
        api = HttpApi.start("127.0.0.1", 0, new Health(state::get), () -> "# metrics\nm 1.0\n", () -> "topology");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body) throws Exception {
        return client.send(HttpRequest.newBuilder(api.address().resolve(path)).method(method, body).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, HttpRequest.BodyPublishers.noBody());
    }

    @Test
    void servesMetricsAndTopology() throws Exception {
        HttpResponse<String> metrics = get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(metrics.body()).isEqualTo("# metrics\nm 1.0\n");
        assertThat(get("/api/topology").body()).isEqualTo("topology");
    }

    @Test
    void prefixRoutesSeeTheWholeUriAndOnlyTheirOwnPaths() throws Exception {
        try (HttpApi withRoutes = HttpApi.start("127.0.0.1", 0, new Health(state::get), () -> "", () -> "",
                java.util.Map.of("/api/things", uri -> HttpApi.Reply.json(200,
                        "\"" + uri.getPath() + "?" + uri.getRawQuery() + "\"")), ApiGuard.open())) {
            java.util.function.Function<String, HttpResponse<String>> at = path -> {
                try {
                    return client.send(HttpRequest.newBuilder(withRoutes.address().resolve(path)).build(),
                            HttpResponse.BodyHandlers.ofString());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            assertThat(at.apply("/api/things?x=1").body()).isEqualTo("\"/api/things?x=1\"");
            assertThat(at.apply("/api/things/inc-1").body()).isEqualTo("\"/api/things/inc-1?null\"");
            assertThat(at.apply("/api/thingsX").statusCode()).isEqualTo(404);
            assertThat(at.apply("/api/topology").statusCode()).isEqualTo(200);
            assertThat(at.apply("/api/things").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void unknownPathsAre404() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(404);
        assertThat(get("/metrics/extra").statusCode()).isEqualTo(404);
        assertThat(get("/admin").statusCode()).isEqualTo(404);
    }

    @Test
    void writesAre405WithAllowHeader() throws Exception {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            HttpResponse<String> r = send(method, "/metrics", HttpRequest.BodyPublishers.noBody());
            assertThat(r.statusCode()).as(method).isEqualTo(405);
            assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD");
        }
    }

    @Test
    void requestBodiesAre413() throws Exception {
        assertThat(send("GET", "/metrics", HttpRequest.BodyPublishers.ofString("payload")).statusCode()).isEqualTo(413);
    }

    @Test
    void headAnswersWithoutABody() throws Exception {
        state.set(State.RUNNING);
        HttpResponse<String> r = send("HEAD", "/health/ready", HttpRequest.BodyPublishers.noBody());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
        assertThat(send("HEAD", "/nope", HttpRequest.BodyPublishers.noBody()).statusCode()).isEqualTo(404);
    }

    @Test
    void readyOnlyOnceRunning() throws Exception {
        state.set(State.CREATED);
        assertThat(get("/health/ready").statusCode()).isEqualTo(503);
        state.set(State.REBALANCING);
        HttpResponse<String> rebalancing = get("/health/ready");
        assertThat(rebalancing.statusCode()).isEqualTo(503);
        assertThat(rebalancing.body()).contains("\"state\":\"REBALANCING\"", "\"ready\":false");
        state.set(State.RUNNING);
        assertThat(get("/health/ready").statusCode()).isEqualTo(200);
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(value = State.class, names = {"ERROR", "NOT_RUNNING"})
    void notLiveOnceFailedOrStopped(State failed) throws Exception {
        state.set(failed);
        assertThat(get("/health/live").statusCode()).isEqualTo(503);
        assertThat(get("/health/ready").statusCode()).isEqualTo(503);
    }

    @ParameterizedTest
    @EnumSource(value = State.class, names = {"CREATED", "REBALANCING", "PENDING_SHUTDOWN", "PENDING_ERROR"})
    void liveButNotReadyInBetween(State between) throws Exception {
        state.set(between);
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
        assertThat(get("/health/ready").statusCode()).isEqualTo(503);
    }

    @Test
    @Timeout(60)
    void clientsThatNeverFinishARequestAreCutOffAndDoNotBlockProbes() throws Exception {
        state.set(State.RUNNING);
        Socket[] stalled = new Socket[6];
        try {
            for (int i = 0; i < stalled.length; i++) {
                stalled[i] = new Socket(api.address().getHost(), api.address().getPort());
                OutputStream out = stalled[i].getOutputStream();
                out.write("GET /metrics HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            long start = System.nanoTime();
            InputStream in = stalled[0].getInputStream();
            stalled[0].setSoTimeout(40_000);
            assertThat(in.read()).as("server closes the stalled connection").isEqualTo(-1);
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .isLessThan(Duration.ofSeconds(Long.parseLong(HttpApi.MAX_REQUEST_SECONDS) + 15));
            assertThat(get("/health/live").statusCode()).isEqualTo(200);
        } finally {
            for (Socket s : stalled) {
                if (s != null) {
                    s.close();
                }
            }
        }
    }
}
