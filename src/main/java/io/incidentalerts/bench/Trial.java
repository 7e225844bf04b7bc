package io.incidentalerts.bench;

import io.incidentalerts.kafka.ArticlePublisher;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One measurement of a {@link BenchTarget}: wait until it is ready, send a warm-up batch and wait for
 * its output (JIT, producer and transaction set-up), then send the measured records and wait until
 * all their outputs are readable by a read_committed consumer.
 */
public final class Trial {

    /**
     * @param warmup          records sent first and not measured
     * @param warmupOutputs   outputs the warm-up records make
     * @param records         the measured records
     * @param expectedOutputs outputs the measured records make; must be positive
     * @param perSecond       offered rate; 0 or less means as fast as the producer goes
     */
    record Plan(List<byte[]> warmup, int warmupOutputs, List<byte[]> records, int expectedOutputs,
                double perSecond, Duration timeout) {
    }

    /**
     * Articles per second from the first send until the last output was readable; latencies of the
     * outputs; CPU microseconds per article over the same interval, of the process and of its stream threads.
     */
    public record Result(int articles, int outputs, double perSecond, LatencyStats latency, double cpuUsPerArticle,
                         double streamCpuUsPerArticle, Map<String, Double> jvmCpuUsPerArticle) {
    }

    private Trial() {
    }

    static Result run(BenchTarget target, Map<String, Object> client, Plan plan) throws Exception {
        if (plan.expectedOutputs() <= 0) {
            throw new IllegalArgumentException("the measured records make no output to wait for");
        }
        awaitReady(target, plan.timeout());
        try (OutputProbe probe = new OutputProbe(client, target.outputTopic());
             ArticlePublisher publisher = new ArticlePublisher(client, target.inputTopic())) {
            long warmupStart = System.currentTimeMillis();
            publisher.publishAll(plan.warmup());
            require(probe.await(warmupStart, plan.warmupOutputs(), plan.timeout()), "warm-up", probe, warmupStart,
                    plan.warmupOutputs());

            CpuClock cpu = new CpuClock();
            CpuClock.Reading before = cpu.read();
            long start = System.currentTimeMillis();
            LoadGenerator.publish(publisher, plan.records(), plan.perSecond());
            require(probe.await(start, plan.expectedOutputs(), plan.timeout()), "measured run", probe, start,
                    plan.expectedOutputs());
            CpuClock.Reading used = cpu.read().minus(before);
            OutputProbe.Observed seen = probe.observed(start);
            double seconds = Math.max(1, seen.lastSeenMs() - start) / 1000.0;
            int n = plan.records().size();
            Map<String, Double> groups = new LinkedHashMap<>();
            used.groupNanos().forEach((group, nanos) -> groups.put(group, nanos / 1000.0 / n));
            return new Result(n, seen.latenciesMs().length, n / seconds, LatencyStats.of(seen.latenciesMs()),
                    used.processNanos() / 1000.0 / n, used.streamNanos() / 1000.0 / n, groups);
        }
    }

    private static void awaitReady(BenchTarget target, Duration timeout) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (!target.ready()) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("not running with all partitions assigned after " + timeout);
            }
            Thread.sleep(100);
        }
    }

    private static void require(boolean done, String phase, OutputProbe probe, long since, int expected) {
        if (!done) {
            throw new IllegalStateException(phase + ": only " + probe.count(since) + " of " + expected
                    + " outputs readable before the timeout");
        }
    }
}
