package io.incidentalerts.feeds;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;

/**
 * The Connect schema of an article, field for field the service's {@code article.schema.json}; with
 * Connect's JsonConverter ({@code schemas.enable=false}) each record is the JSON the service reads.
 */
final class ArticleRecord {

    static final Schema SCHEMA = SchemaBuilder.struct().name("io.incidentalerts.Article").version(1)
            .field("id", Schema.STRING_SCHEMA)
            .field("url", Schema.OPTIONAL_STRING_SCHEMA)
            .field("source", Schema.OPTIONAL_STRING_SCHEMA)
            .field("title", Schema.OPTIONAL_STRING_SCHEMA)
            .field("body", Schema.OPTIONAL_STRING_SCHEMA)
            .field("publishedAt", Schema.OPTIONAL_STRING_SCHEMA)
            .field("language", Schema.OPTIONAL_STRING_SCHEMA)
            .build();

    private ArticleRecord() {
    }

    static Struct of(FeedItem item) {
        return new Struct(SCHEMA)
                .put("id", item.key())
                .put("url", item.url())
                .put("source", item.source())
                .put("title", item.title())
                .put("body", item.body())
                .put("publishedAt", item.publishedAt() == null ? null : item.publishedAt().toString())
                .put("language", item.language());
    }
}
