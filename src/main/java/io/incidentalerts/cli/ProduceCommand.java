package io.incidentalerts.cli;

import io.incidentalerts.IncidentService;
import io.incidentalerts.config.AppConfig;
import io.incidentalerts.kafka.ArticlePublisher;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "produce", mixinStandardHelpOptions = true,
        description = "Publishes a JSON Lines file of articles to the input topic, one record per line, as is.")
final class ProduceCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "JSON Lines file of articles")
    Path file;

    @Option(names = {"-b", "--bootstrap-servers"},
            description = "Kafka bootstrap servers (default: KAFKA_BOOTSTRAP_SERVERS, else localhost:9092)")
    String bootstrapServers;

    @Mixin
    ConfigOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        AppConfig config = options.load(Map.of());
        String servers = bootstrapServers != null ? bootstrapServers
                : config.bootstrapServers().orElse("localhost:9092");
        config = config.withBootstrapServers(servers);
        List<byte[]> lines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            JsonLines.forEach(in, lines::add);
        }
        try (ArticlePublisher publisher = new ArticlePublisher(IncidentService.adminProperties(config),
                config.topics().input())) {
            int n = publisher.publishAll(lines);
            spec.commandLine().getOut().println("Published " + n + " articles to " + config.topics().input()
                    + " on " + servers);
        }
        return 0;
    }
}
