package io.incidentalerts.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-process broker's start-up failures are short and leave nothing behind. */
class EmbeddedKafkaTest {

    @TempDir
    Path dir;

    @Test
    void aBusyPortIsOneShortLineNamingThePortAndTheSettingAndLeavesNoFolder() throws Exception {
        Path data = dir.resolve("fresh");
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress("localhost", 0));
            int port = busy.getLocalPort();
            assertThatThrownBy(() -> EmbeddedKafka.start(port, data))
                    .hasMessageContaining("port " + port + " is already in use")
                    .hasMessageContaining("embedded.port")
                    .hasNoCause()
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
        assertThat(data).doesNotExist();
    }
}
