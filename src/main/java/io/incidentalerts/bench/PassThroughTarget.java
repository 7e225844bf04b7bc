package io.incidentalerts.bench;

import io.incidentalerts.IncidentService;
import io.incidentalerts.config.AppConfig;
import io.incidentalerts.streams.PipelineListener;
import io.incidentalerts.streams.StreamsProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.KafkaStreams;

/**
 * {@link PassThroughTopology} run with the service's own Streams settings (exactly-once v2, same
 * threads), on topics with the same partition count: what the broker and Kafka Streams cost alone.
 */
final class PassThroughTarget implements BenchTarget {

    private final List<KafkaStreams> instances;
    private final AppConfig config;
    private final String output;

    private PassThroughTarget(List<KafkaStreams> instances, AppConfig config, String output) {
        this.instances = instances;
        this.config = config;
        this.output = output;
    }

    /** @param configs one per instance; the input topic is {@code topics().input()}, the output {@code output} */
    static PassThroughTarget start(List<AppConfig> configs, String output) throws Exception {
        AppConfig first = configs.get(0);
        createTopics(first, output);
        List<KafkaStreams> started = new ArrayList<>();
        for (AppConfig config : configs) {
            KafkaStreams streams = new KafkaStreams(PassThroughTopology.build(config.topics().input(), output),
                    StreamsProperties.of(config, PipelineListener.NONE));
            streams.start();
            started.add(streams);
        }
        return new PassThroughTarget(List.copyOf(started), first, output);
    }

    private static void createTopics(AppConfig config, String output) throws Exception {
        Map<String, Object> admin = IncidentService.adminProperties(config);
        try (Admin client = Admin.create(admin)) {
            List<NewTopic> topics = List.of(config.topics().input(), output).stream()
                    .map(name -> new NewTopic(name, config.topicPartitions(), config.topicReplication()))
                    .toList();
            client.createTopics(topics).all().get(30, TimeUnit.SECONDS);
        }
    }

    @Override
    public String inputTopic() {
        return config.topics().input();
    }

    @Override
    public String outputTopic() {
        return output;
    }

    @Override
    public boolean ready() {
        boolean running = instances.stream().allMatch(s -> s.state() == KafkaStreams.State.RUNNING);
        return running && instances.stream()
                .flatMap(s -> s.metadataForLocalThreads().stream())
                .mapToInt(t -> t.activeTasks().size()).sum() == config.topicPartitions();
    }

    @Override
    public void close() {
        instances.forEach(s -> s.close(Duration.ofSeconds(30)));
    }
}
