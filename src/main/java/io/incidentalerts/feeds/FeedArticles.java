package io.incidentalerts.feeds;

import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.json.JsonConverterConfig;
import org.apache.kafka.connect.storage.ConverterType;

/**
 * A feed body turned into the article records the connector would publish, as the worker's
 * JsonConverter ({@code schemas.enable=false}) writes them: for the demo's expectations and for checking
 * the output against {@code article.schema.json} without a worker.
 */
public final class FeedArticles {

    private FeedArticles() {
    }

    public static List<byte[]> of(byte[] feedBody, String feedUrl, String defaultLanguage) {
        FeedParser.Parsed parsed;
        try {
            parsed = FeedParser.parse(feedBody, feedUrl, defaultLanguage);
        } catch (FeedParser.Unreadable e) {
            throw new IllegalArgumentException(FeedUrls.redact(feedUrl) + ": " + e.getMessage(), e);
        }
        try (JsonConverter json = new JsonConverter()) {
            json.configure(Map.of(JsonConverterConfig.SCHEMAS_ENABLE_CONFIG, "false",
                    "converter.type", ConverterType.VALUE.getName()));
            return parsed.items().stream()
                    .map(item -> json.fromConnectData("news.articles", ArticleRecord.SCHEMA, ArticleRecord.of(item)))
                    .toList();
        }
    }
}
