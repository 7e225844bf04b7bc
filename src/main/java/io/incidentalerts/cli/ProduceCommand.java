package io.incidentalerts.cli;

import io.incidentalerts.IncidentService;
import io.incidentalerts.config.AppConfig;
import io.incidentalerts.kafka.ArticlePublisher;
import io.incidentalerts.kafka.BootstrapCheck;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.ProducerConfig;
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
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read " + file);
        }
        List<byte[]> lines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            JsonLines.forEach(in, lines::add);
        }
        Map<String, Object> client = new HashMap<>(IncidentService.adminProperties(config));
        BootstrapCheck.await(client, config.bootstrapTimeout(),
                " (-b, KAFKA_BOOTSTRAP_SERVERS or kafka.bootstrap.servers names the cluster; bootstrap.timeout.ms sets the wait)");
        // Waiting for metadata (a missing topic) is bounded by the same timeout.
        client.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, config.bootstrapTimeout().toMillis());
        try (ArticlePublisher publisher = new ArticlePublisher(client, config.topics().input())) {
            int n = publisher.publishAll(lines);
            spec.commandLine().getOut().println("Published " + n + (n == 1 ? " article to " : " articles to ") + config.topics().input()
                    + " on " + servers);
        }
        return 0;
    }
}
