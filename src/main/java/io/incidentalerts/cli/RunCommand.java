package io.incidentalerts.cli;

import io.incidentalerts.IncidentService;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.config.AppConfig;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the service on the Kafka cluster in KAFKA_BOOTSTRAP_SERVERS (or kafka.bootstrap.servers).",
                "Without one it exits 2 at once, unless --embedded asks for an in-process broker.",
                "Stops gracefully on SIGTERM / Ctrl-C; exits 1 if Kafka Streams fails."})
final class RunCommand implements Callable<Integer> {

    /** The one line {@code run} prints when no cluster is named; exit status 2. */
    static final String NO_CLUSTER = "error: no Kafka cluster: set KAFKA_BOOTSTRAP_SERVERS (or the setting "
            + "kafka.bootstrap.servers) to the brokers, or give --embedded for a throw-away in-process broker";

    @Option(names = "--embedded", description = "Start an in-process single-node broker (embedded.port, data in a "
            + "fresh temp folder or embedded.dir) and ignore KAFKA_BOOTSTRAP_SERVERS: for trying the service, "
            + "never for production")
    boolean embedded;

    @Mixin
    ConfigOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        AppConfig config = options.load(embedded ? Map.of("kafka.bootstrap.servers", "") : Map.of());
        if (!embedded && config.bootstrapServers().isEmpty()) {
            spec.commandLine().getErr().println(NO_CLUSTER);
            return 2;
        }
        IncidentService service = IncidentService.start(config, IncidentClassifier.load(config.perpetratorsInKilled()),
                Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "shutdown"));
        System.out.println("incident-alerts running: Kafka " + (embedded ? "(in-process) " : "")
                + service.config().bootstrapServers().orElseThrow() + ", metrics " + service.httpAddress() + "/metrics");
        boolean failed = service.awaitTermination();
        service.close();
        return failed ? 1 : 0;
    }
}
