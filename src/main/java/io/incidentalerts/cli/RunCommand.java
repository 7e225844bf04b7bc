package io.incidentalerts.cli;

import io.incidentalerts.IncidentService;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.config.AppConfig;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the service.",
                "Uses KAFKA_BOOTSTRAP_SERVERS (or kafka.bootstrap.servers) when set; otherwise starts an "
                        + "in-process single-node broker on localhost:9092 (embedded.port).",
                "Stops gracefully on SIGTERM / Ctrl-C; exits 1 if Kafka Streams fails."})
final class RunCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws Exception {
        AppConfig config = options.load(Map.of());
        IncidentService service = IncidentService.start(config, IncidentClassifier.load(config.perpetratorsInKilled()),
                Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "shutdown"));
        System.out.println("incident-alerts running: Kafka " + service.config().bootstrapServers().orElseThrow()
                + ", metrics " + service.httpAddress() + "/metrics");
        boolean failed = service.awaitTermination();
        service.close();
        return failed ? 1 : 0;
    }
}
