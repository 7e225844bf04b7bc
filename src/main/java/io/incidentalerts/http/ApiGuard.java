package io.incidentalerts.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * Who may use the HTTP endpoints and how many requests may run at once. Health and metrics stay
 * open for probes and scrapers; {@code /api/*} needs the bearer token when one is configured.
 */
public final class ApiGuard {

    public static final int DEFAULT_MAX_IN_FLIGHT = 16;

    private final byte[] token;
    private final Semaphore inFlight;

    private ApiGuard(Optional<String> token, int maxInFlight) {
        this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8)).orElse(null);
        this.inFlight = new Semaphore(maxInFlight);
    }

    public static ApiGuard open() {
        return new ApiGuard(Optional.empty(), DEFAULT_MAX_IN_FLIGHT);
    }

    public static ApiGuard of(Optional<String> token, int maxInFlight) {
        return new ApiGuard(token.filter(t -> !t.isBlank()), maxInFlight);
    }

    boolean allows(String path, String authorization) {
        if (token == null || !path.startsWith("/api/")) {
            return true;
        }
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = authorization.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(token, given);
    }

    boolean tryEnter() {
        return inFlight.tryAcquire();
    }

    void leave() {
        inFlight.release();
    }
}
