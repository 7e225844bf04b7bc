package io.incidentalerts.config;

import java.time.Duration;
import java.util.Optional;

/**
 * The operator's console: how many live streams may be open at once, how often an idle stream sends a
 * heartbeat, and the optional map tile URL template (none: the map draws the bundled country outlines).
 */
public record ConsoleSettings(int maxSubscribers, Duration heartbeat, Optional<String> tileUrl) {

    public static final ConsoleSettings DEFAULT = new ConsoleSettings(8, Duration.ofSeconds(10), Optional.empty());
}
