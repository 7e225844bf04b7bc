package io.incidentalerts.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every configuration error names the setting at fault, as Connect's validation shows it. */
class FeedSourceConfigTest {

    @TempDir
    Path dir;

    @Test
    void defaultsAreDocumented() {
        FeedSourceConfig config = new FeedSourceConfig(Map.of("feed.urls", "https://example.org/rss"));
        assertThat(config.topic()).isEqualTo("news.articles");
        assertThat(config.pollInterval().toMinutes()).isEqualTo(10);
        assertThat(config.maxFeedBytes()).isEqualTo(10 * 1024 * 1024);
        assertThat(FeedSourceConfig.CONFIG_DEF.configKeys().values())
                .filteredOn(k -> !k.internalConfig)
                .allSatisfy(k -> assertThat(k.documentation).as(k.name).isNotBlank());
    }

    @Test
    void feedsComeFromTheListAndTheFileEachOnce() throws Exception {
        Path file = Files.writeString(dir.resolve("feeds.txt"),
                "# news\nhttps://a.example/rss\n\nhttps://b.example/atom\nhttps://a.example/rss\n");
        FeedSourceConfig config = new FeedSourceConfig(Map.of("feed.urls", "https://b.example/atom, https://c.example/x",
                "feed.file", file.toString()));
        assertThat(config.feeds()).containsExactly("https://b.example/atom", "https://c.example/x", "https://a.example/rss");
    }

    @Test
    void eachBadValueNamesItsSetting() throws Exception {
        assertNamed(Map.of("feed.urls", "ftp://x.example/rss"), "feed.urls");
        assertNamed(Map.of(), "feed.urls");
        assertNamed(Map.of("feed.file", dir.resolve("missing.txt").toString()), "feed.file");
        Path bad = Files.writeString(dir.resolve("bad.txt"), "https://ok.example/rss\nnot a url\n");
        assertNamed(Map.of("feed.file", bad.toString()), "feed.file");
        assertNamed(Map.of("feed.urls", "https://ok.example/rss", "poll.interval.ms", "10"), "poll.interval.ms");
        assertNamed(Map.of("feed.urls", "https://ok.example/rss", "request.timeout.ms", "abc"), "request.timeout.ms");
        assertNamed(Map.of("feed.urls", "https://ok.example/rss", "feed.max.bytes", "12"), "feed.max.bytes");
        assertNamed(Map.of("feed.urls", "https://ok.example/rss", "items.max.per.poll", "0"), "items.max.per.poll");
        assertNamed(Map.of("feed.urls", "https://ok.example/rss", "topic", ""), "topic");
        assertNamed(Map.of("feed.urls", "https://ok.example/rss", "backoff.initial.ms", "5000",
                "backoff.max.ms", "1000"), "backoff.max.ms");
    }

    @Test
    void aRefusedUrlIsShownWithoutItsCredentials() {
        Map<String, String> props = Map.of("feed.urls", "ftp://bob:hunter2@x.example/rss");
        assertThatThrownBy(() -> new FeedSourceConfig(props).feeds())
                .hasMessageContaining("feed.urls").hasMessageNotContaining("hunter2");
        assertThat(errors(props)).noneMatch(e -> e.contains("hunter2"));
    }

    private static void assertNamed(Map<String, String> props, String setting) {
        assertThatThrownBy(() -> new FeedSourceConfig(props).feeds()).as(props.toString())
                .isInstanceOf(ConfigException.class).hasMessageContaining(setting);
        Map<String, String> withName = new HashMap<>(props);
        withName.put("name", "feeds");
        ConfigValue value = new FeedSourceConnector().validate(withName).configValues().stream()
                .filter(v -> v.name().equals(setting)).findFirst().orElseThrow();
        assertThat(value.errorMessages()).as("validation of " + props).isNotEmpty();
    }

    private static List<String> errors(Map<String, String> props) {
        return new FeedSourceConnector().validate(props).configValues().stream()
                .flatMap(v -> v.errorMessages().stream()).toList();
    }
}
