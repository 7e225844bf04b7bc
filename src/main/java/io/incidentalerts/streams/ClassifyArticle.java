package io.incidentalerts.streams;

import io.incidentalerts.classifier.Article;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.classifier.ClassifierException;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code classify} step: the verdict on each article, timed. A classifier failure is never a
 * silent "not an incident": it is counted (by exception class), logged once with the article id (never
 * its text) and thrown on as a {@link ClassifierException}, so the processing exception handler
 * dead-letters the record with reason {@code CLASSIFIER_ERROR}.
 */
final class ClassifyArticle implements FixedKeyProcessor<byte[], Article, Judged> {

    private static final Logger LOG = LoggerFactory.getLogger(ClassifyArticle.class);

    private final Function<Article, Classification> classifier;
    private final PipelineListener listener;
    private FixedKeyProcessorContext<byte[], Judged> context;

    ClassifyArticle(Function<Article, Classification> classifier, PipelineListener listener) {
        this.classifier = classifier;
        this.listener = listener;
    }

    @Override
    public void init(FixedKeyProcessorContext<byte[], Judged> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<byte[], Article> record) {
        Article article = record.value();
        long start = System.nanoTime();
        Classification result;
        try {
            result = classifier.apply(article);
        } catch (RuntimeException e) {
            throw failed(article, e);
        }
        listener.classified(result, System.nanoTime() - start);
        context.forward(record.withValue(new Judged(article, result)));
    }

    private ClassifierException failed(Article article, RuntimeException e) {
        ClassifierException failure = e instanceof ClassifierException known ? known
                : new ClassifierException(article.id(), e);
        // The failure's message can quote the text, so only its class is logged; the dead letter has the rest.
        LOG.error("Classifier failed on article {} ({}); the record goes to the dead-letter topic",
                failure.articleId(), failure.failure().getName());
        listener.classifierFailed(failure.articleId(), failure.failure());
        return failure;
    }
}
