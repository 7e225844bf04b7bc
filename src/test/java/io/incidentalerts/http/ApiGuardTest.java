package io.incidentalerts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

class ApiGuardTest {

    @Test
    void apiNeedsTheBearerTokenWhileProbesAndScrapesStayOpen() throws Exception {
        try (HttpApi api = HttpApi.start("127.0.0.1", 0, new Health(() -> KafkaStreams.State.RUNNING),
                () -> "m 1.0\n", () -> "topology", java.util.Map.of(), ApiGuard.of(Optional.of("s3cret"), 4))) {
            assertThat(get(api, "/api/topology", null).statusCode()).isEqualTo(401);
            HttpResponse<String> wrong = get(api, "/api/topology", "Bearer nope");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(get(api, "/api/topology", "Basic s3cret").statusCode()).isEqualTo(401);
            HttpResponse<String> right = get(api, "/api/topology", "Bearer s3cret");
            assertThat(right.statusCode()).isEqualTo(200);
            assertThat(right.body()).isEqualTo("topology");
            assertThat(get(api, "/health/ready", null).statusCode()).isEqualTo(200);
            assertThat(get(api, "/metrics", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void withoutATokenTheApiIsOpen() {
        ApiGuard guard = ApiGuard.of(Optional.of("  "), 4);
        assertThat(guard.allows("/api/topology", null)).isTrue();
    }

    @Test
    void requestsBeyondTheLimitAreTurnedAway() {
        ApiGuard guard = ApiGuard.of(Optional.empty(), 2);
        assertThat(guard.tryEnter()).isTrue();
        assertThat(guard.tryEnter()).isTrue();
        assertThat(guard.tryEnter()).isFalse();
        guard.leave();
        assertThat(guard.tryEnter()).isTrue();
    }

    private static HttpResponse<String> get(HttpApi api, String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.address() + path));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
