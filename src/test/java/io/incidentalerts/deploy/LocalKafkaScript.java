package io.incidentalerts.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs deploy/local-kafka.sh for one broker on free ports. */
final class LocalKafkaScript {

    record Result(int exit, String output) {
    }

    final int port;
    final int controllerPort;

    private LocalKafkaScript(int port, int controllerPort) {
        this.port = port;
        this.controllerPort = controllerPort;
    }

    static LocalKafkaScript onFreePorts() throws IOException {
        try (ServerSocket a = new ServerSocket(0); ServerSocket b = new ServerSocket(0)) {
            return new LocalKafkaScript(a.getLocalPort(), b.getLocalPort());
        }
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Runs start, stop or status; the first start may download Kafka, hence the long limit. */
    Result run(String command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Path.of("deploy", "local-kafka.sh").toAbsolutePath().toString(), command)
                .redirectErrorStream(true);
        pb.environment().put("PORT", Integer.toString(port));
        pb.environment().put("CONTROLLER_PORT", Integer.toString(controllerPort));
        pb.environment().remove("DATA_DIR");
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("local-kafka.sh " + command + " hung: " + output);
        }
        return new Result(process.exitValue(), output);
    }
}
