package io.incidentalerts.streams;

import io.incidentalerts.alert.Regions;
import io.incidentalerts.config.AppConfig;
import io.incidentalerts.config.TopicNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the service's topics when they are missing; existing topics are left as they are. */
public final class TopicProvisioner {

    private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioner.class);

    private TopicProvisioner() {
    }

    /** Every topic the service reads or writes under this configuration. */
    public static List<String> topicNames(AppConfig config) {
        TopicNames names = config.topics();
        List<String> all = new ArrayList<>(List.of(names.input(), names.alerts(), names.deadLetter(), names.state(),
                names.stats(), names.surges()));
        if (config.routeCritical()) {
            all.add(names.critical());
        }
        if (config.routeRegions()) {
            Regions.M49_SUB_REGIONS.forEach(r -> all.add(names.regionTopic(r)));
        }
        return all;
    }

    public static void ensureTopics(AppConfig config, Map<String, Object> adminProps) {
        try (Admin admin = Admin.create(adminProps)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String name : topicNames(config)) {
                if (!existing.contains(name)) {
                    missing.add(newTopic(config, name));
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                    LOG.info("Created topic {}", entry.getKey());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + entry.getKey() + ": "
                                + e.getCause().getMessage(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot list topics on " + adminProps.get("bootstrap.servers") + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    private static NewTopic newTopic(AppConfig config, String name) {
        NewTopic topic = new NewTopic(name, config.topicPartitions(), config.topicReplication());
        TopicNames names = config.topics();
        if (name.equals(names.input()) || name.equals(names.deadLetter())) {
            topic.configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(config.topicMaxMessageBytes())));
        }
        if (name.equals(names.state())) {
            topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        }
        return topic;
    }
}
