package io.incidentalerts.feeds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.apache.kafka.connect.source.SourceConnector;
import org.apache.kafka.connect.util.ConnectorUtils;

/**
 * Kafka Connect source connector for RSS and Atom feeds: each item once, as an article of the
 * service's input schema. The feeds are divided among {@code tasks.max} tasks.
 */
public final class FeedSourceConnector extends SourceConnector {

    static final String VERSION = "1.0";
    /** ConfigException(name, value, message) words its message so: the setting is the word after this. */
    private static final Pattern SETTING_IN_MESSAGE = Pattern.compile("for configuration (\\S+?):");

    private Map<String, String> props;
    private List<String> feeds;

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public void start(Map<String, String> props) {
        FeedSourceConfig config = new FeedSourceConfig(props);
        this.feeds = config.feeds();
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return FeedSourceTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<Map<String, String>> configs = new ArrayList<>();
        for (List<String> group : ConnectorUtils.groupPartitions(feeds, Math.min(maxTasks, feeds.size()))) {
            Map<String, String> task = new HashMap<>(props);
            task.put(FeedSourceConfig.TASK_FEEDS, String.join(",", group));
            configs.add(task);
        }
        return configs;
    }

    @Override
    public void stop() {
    }

    @Override
    public ConfigDef config() {
        return FeedSourceConfig.CONFIG_DEF;
    }

    /** Beyond each setting's own check: settings that only fail together, such as no feed at all. */
    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config config = super.validate(connectorConfigs);
        boolean valid = config.configValues().stream().allMatch(v -> v.errorMessages().isEmpty());
        if (valid) {
            try {
                new FeedSourceConfig(connectorConfigs).feeds();
            } catch (ConfigException e) {
                Matcher named = SETTING_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
                String setting = named.find() ? named.group(1) : FeedSourceConfig.FEED_URLS;
                for (ConfigValue value : config.configValues()) {
                    if (value.name().equals(setting)) {
                        value.addErrorMessage(e.getMessage());
                    }
                }
            }
        }
        return config;
    }

    @Override
    public ExactlyOnceSupport exactlyOnceSupport(Map<String, String> connectorConfig) {
        return ExactlyOnceSupport.SUPPORTED;
    }
}
