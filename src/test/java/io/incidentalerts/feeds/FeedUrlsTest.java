package io.incidentalerts.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedUrlsTest {

    @Test
    void normalisingLowerCasesSchemeAndHostAndDropsFragmentDefaultPortAndTracking() {
        assertThat(FeedUrls.normalise("HTTPS://News.Example.ORG:443/World/Story?utm_source=x&id=7&UTM_Medium=y&fbclid=z#top"))
                .isEqualTo("https://news.example.org/World/Story?id=7");
        assertThat(FeedUrls.normalise("http://example.org")).isEqualTo("http://example.org/");
        assertThat(FeedUrls.normalise("http://example.org:8080/a?gclid=1")).isEqualTo("http://example.org:8080/a");
    }

    @Test
    void aKeyThatIsNoHttpUrlStaysAsItIs() {
        assertThat(FeedUrls.normalise(" urn:uuid:1234 ")).isEqualTo("urn:uuid:1234");
        assertThat(FeedUrls.normalise("tag:example.org,2026:Story-1")).isEqualTo("tag:example.org,2026:Story-1");
    }

    @Test
    void credentialsAndSecretParametersAreRedacted() {
        assertThat(FeedUrls.redact("https://alice:s3cret@feeds.example.org/rss?token=abc&lang=en&api_key=k"))
                .isEqualTo("https://***@feeds.example.org/rss?token=***&lang=en&api_key=***")
                .doesNotContain("s3cret").doesNotContain("alice");
        assertThat(FeedUrls.redact("http://example.org/feed")).isEqualTo("http://example.org/feed");
    }

    @Test
    void onlyAbsoluteHttpUrlsAreFeeds() {
        assertThat(FeedUrls.problem("https://example.org/rss")).isNull();
        assertThat(FeedUrls.problem("ftp://example.org/rss")).contains("http");
        assertThat(FeedUrls.problem("/relative/rss")).contains("http");
        assertThat(FeedUrls.problem("http:///nohost")).isNotNull();
        assertThat(FeedUrls.problem("http://exa mple.org/")).contains("not a URL");
    }
}
