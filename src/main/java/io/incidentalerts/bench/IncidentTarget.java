package io.incidentalerts.bench;

import io.incidentalerts.IncidentService;
import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.config.AppConfig;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;

/** The real service, one or more {@link IncidentService} instances in this JVM sharing one application id. */
final class IncidentTarget implements BenchTarget {

    private final List<IncidentService> instances;
    private final AppConfig config;

    private IncidentTarget(List<IncidentService> instances, AppConfig config) {
        this.instances = instances;
        this.config = config;
    }

    /** @param configs one configuration per instance (same application id, own state folder) */
    static IncidentTarget start(List<AppConfig> configs, IncidentClassifier classifier) {
        List<IncidentService> started = new ArrayList<>();
        try {
            for (AppConfig config : configs) {
                started.add(IncidentService.start(config, classifier, Clock.systemUTC()));
            }
        } catch (RuntimeException e) {
            started.forEach(IncidentService::close);
            throw e;
        }
        return new IncidentTarget(List.copyOf(started), configs.get(0));
    }

    @Override
    public String inputTopic() {
        return config.topics().input();
    }

    @Override
    public String outputTopic() {
        return config.topics().alerts();
    }

    @Override
    public boolean ready() {
        boolean running = instances.stream().allMatch(s -> s.state() == KafkaStreams.State.RUNNING);
        return running && instances.stream().mapToInt(IncidentService::activeTaskCount).sum()
                == config.topicPartitions();
    }

    @Override
    public void close() {
        instances.forEach(IncidentService::close);
    }
}
