package io.incidentalerts.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.junit.jupiter.api.Test;

class FeedSourceConnectorTest {

    @Test
    void feedsAreDividedAmongAtMostTasksMaxTasks() {
        FeedSourceConnector connector = new FeedSourceConnector();
        connector.start(Map.of("feed.urls", "https://a.test/1,https://a.test/2,https://a.test/3,https://a.test/4,https://a.test/5"));
        List<Map<String, String>> three = connector.taskConfigs(3);
        assertThat(three).extracting(c -> c.get("task.feeds"))
                .containsExactly("https://a.test/1,https://a.test/2", "https://a.test/3,https://a.test/4", "https://a.test/5");
        assertThat(connector.taskConfigs(10)).as("no idle task").hasSize(5);
        assertThat(connector.exactlyOnceSupport(Map.of())).isEqualTo(ExactlyOnceSupport.SUPPORTED);
    }
}
