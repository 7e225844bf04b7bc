package io.incidentalerts.console;

import io.incidentalerts.IncidentService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP requests to a running service, with or without the bearer token. */
final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Api() {
    }

    static HttpRequest.Builder request(IncidentService s, String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.httpAddress() + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    static HttpResponse<String> get(IncidentService s, String path, String token) throws IOException, InterruptedException {
        return HTTP.send(request(s, path, token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
