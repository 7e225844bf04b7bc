package io.incidentalerts.cli;

import io.incidentalerts.bench.BenchOptions;
import io.incidentalerts.bench.BenchReport;
import io.incidentalerts.bench.EndToEndBench;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the service end to end on a real broker (KAFKA_BOOTSTRAP_SERVERS, else an "
                + "in-process one): throughput from the first article sent until the last alert is readable "
                + "(read_committed), alert latency percentiles, and the same for an exactly-once pass-through "
                + "topology as the ceiling. Ends with one JSON line. See docs/benchmarks.md."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", description = "Measured articles (default: ${DEFAULT-VALUE})")
    int articles = 2000;

    @Option(names = "--warmup", description = "Unmeasured articles sent first (default: ${DEFAULT-VALUE})")
    int warmup = 1000;

    @Option(names = "--rate", description = "Offered articles per second; 0 sends as fast as possible "
            + "(default: ${DEFAULT-VALUE})")
    double rate = 0;

    @Option(names = "--partitions", description = "Partitions of the input and output topics (default: ${DEFAULT-VALUE})")
    int partitions = 1;

    @Option(names = "--threads", description = "Stream threads per instance (default: ${DEFAULT-VALUE})")
    int threads = 1;

    @Option(names = "--instances", description = "Service instances in this JVM, one consumer group "
            + "(default: ${DEFAULT-VALUE})")
    int instances = 1;

    @Option(names = "--timeout", description = "Give up on a phase after this many seconds (default: ${DEFAULT-VALUE})")
    int timeoutSeconds = 600;

    @Mixin
    ConfigOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BenchOptions bench = new BenchOptions(articles, warmup, rate, partitions, threads, instances,
                Duration.ofSeconds(timeoutSeconds));
        BenchReport report = new EndToEndBench(options::load, bench).run();
        PrintWriter out = spec.commandLine().getOut();
        out.println(report.summary());
        out.println(report.toJson());
        out.flush();
        return 0;
    }
}
