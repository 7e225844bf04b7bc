package io.incidentalerts.streams;

import io.incidentalerts.article.ArticleParser;
import io.incidentalerts.classifier.Article;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Reads input records as articles. Invalid records throw, which sends them to the dead-letter
 * topic through {@link DeadLetterDeserializationHandler}. Read-only: the service never writes articles.
 */
final class ArticleSerde implements Serde<Article> {

    private final ArticleParser parser;

    ArticleSerde(int maxArticleBytes) {
        this.parser = new ArticleParser(maxArticleBytes);
    }

    @Override
    public Serializer<Article> serializer() {
        return (topic, article) -> {
            throw new UnsupportedOperationException("articles are input only");
        };
    }

    @Override
    public Deserializer<Article> deserializer() {
        return (topic, bytes) -> parser.parse(bytes);
    }
}
