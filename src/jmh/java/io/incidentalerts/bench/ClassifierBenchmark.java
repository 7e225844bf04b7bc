package io.incidentalerts.bench;

import io.incidentalerts.alert.AlertFactory;
import io.incidentalerts.alert.ArticleOutcome;
import io.incidentalerts.article.ArticleParser;
import io.incidentalerts.classifier.Article;
import io.incidentalerts.classifier.Classification;
import io.incidentalerts.classifier.IncidentClassifier;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Articles per second on one core, one article per operation, cycling through wire-length
 * ({@code ~3 KB}) articles: the mix of incidents and everyday news from {@link BenchArticles}.
 * {@code classify} is the classifier alone on parsed articles; {@code parseClassifyAlert} is the
 * whole per-record CPU work of the topology (JSON and HTML parsing, classification, alert building).
 * With {@code -prof gc}, {@code gc.alloc.rate.norm} is the bytes allocated per article.
 * Each iteration also prints articles per CPU-second of the benchmark thread, which stays meaningful
 * when other processes share the cores and the wall-clock score does not.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 3)
public class ClassifierBenchmark {

    private IncidentClassifier classifier;
    private ArticleParser parser;
    private AlertFactory alerts;
    private byte[][] records;
    private Article[] articles;
    private int next;
    private long operations;
    private long cpuAtStart;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Setup
    public void setUp() {
        classifier = IncidentClassifier.loadDefault();
        parser = new ArticleParser(1 << 20);
        alerts = new AlertFactory(Clock.systemUTC());
        BenchArticles corpus = BenchArticles.load();
        List<byte[]> raw = corpus.records(corpus.variety(), "jmh-");
        records = raw.toArray(byte[][]::new);
        articles = raw.stream().map(parser::parse).toArray(Article[]::new);
        long bytes = raw.stream().mapToLong(r -> r.length).sum();
        long incidents = java.util.Arrays.stream(articles).filter(a -> classifier.classify(a).incident()).count();
        System.out.printf("%n[corpus] %d articles, mean %d bytes, %d incidents%n",
                records.length, bytes / records.length, incidents);
    }

    @Setup(Level.Iteration)
    public void startCpuClock() {
        operations = 0;
        cpuAtStart = threads.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void printCpuRate() {
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuAtStart) / 1e9;
        System.out.printf(" [%.0f articles per CPU-second]", operations / cpuSeconds);
    }

    private int nextIndex() {
        operations++;
        int i = next;
        next = i + 1 == records.length ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public Classification classify() {
        return classifier.classify(articles[nextIndex()]);
    }

    @Benchmark
    public ArticleOutcome parseClassifyAlert() {
        return ArticleOutcome.of(records[nextIndex()], parser, classifier, alerts);
    }
}
