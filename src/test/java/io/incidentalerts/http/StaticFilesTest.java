package io.incidentalerts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's files as the server sends them: type, caching, policy, and nothing outside its folder. */
class StaticFilesTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private HttpApi api;

    @BeforeEach
    void start() throws Exception {
        api = HttpApi.start("127.0.0.1", 0, new Health(new AtomicReference<>(State.RUNNING)::get), () -> "", () -> "",
                Map.of(), Map.of(), StaticFiles.console(Optional.of("https://tiles.example.org/{z}/{x}/{y}.png"), true),
                ApiGuard.of(Optional.of("secret"), 4));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(api.address().resolve(path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thePageIsServedAtTheRootWithoutATokenAndRevalidatedOnEachLoad() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(page.body()).contains("<div id=\"map\"");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get("/", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    }

    @Test
    void everyFileHasItsTypeAndVendoredOnesAreKeptADay() throws Exception {
        assertThat(get("/console/main.js").headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(get("/console/console.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        HttpResponse<String> outlines = get("/console/vendor/world-atlas/countries-110m.json");
        assertThat(outlines.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(outlines.headers().firstValue("Cache-Control")).hasValue("public, max-age=86400");
        assertThat(get("/console/vendor/leaflet/LICENSE").headers().firstValue("Content-Type"))
                .hasValue("text/plain; charset=utf-8");
    }

    @Test
    void thePolicyAllowsThisOriginOnlyAndTheConfiguredTileServerForImages() throws Exception {
        String policy = get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "connect-src 'self'",
                "img-src 'self' data: https://tiles.example.org;", "frame-ancestors 'none'").doesNotContain("unsafe");
        assertThat(get("/api/topology", "Authorization", "Bearer secret").headers()
                .firstValue("Content-Security-Policy")).hasValueSatisfying(p -> assertThat(p).doesNotContain("tiles"));
        assertThat(get("/console/config.json").body())
                .isEqualTo("{\"tileUrl\":\"https://tiles.example.org/{z}/{x}/{y}.png\",\"tokenRequired\":true}");
    }

    @Test
    void nothingOutsideTheConsoleFolderAndNoFolderListing() throws Exception {
        for (String path : new String[] {"/console/../logback.xml", "/console/%2e%2e/logback.xml", "/console/vendor",
                "/console/vendor/leaflet", "/console/", "/console/missing.js", "/console/.hidden", "/index.html"}) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void writesAreRefused() throws Exception {
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(api.address().resolve("/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }
}
