package io.incidentalerts.classifier.geo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentalerts.support.EvalFiles;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Resolver throughput on ~3 KB articles stitched from the dev incidents, in articles per CPU-second
 * of the measuring thread: `java -cp target/classes:target/test-classes:... ResolverBenchMain [seconds] [caps]`.
 */
public final class ResolverBenchMain {

    private ResolverBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        boolean caps = args.length > 1 && args[1].equals("caps");
        List<String> articles = articles(caps);
        PlaceResolver resolver = PlaceResolver.loadDefault();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            long cpu0 = cpu.getCurrentThreadCpuTime();
            long n = 0;
            while (cpu.getCurrentThreadCpuTime() - cpu0 < seconds * 1e9 / 3) {
                for (String a : articles) {
                    sink += resolver.resolve(a).map(m -> m.start()).orElse(0);
                }
                n += articles.size();
            }
            double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf("round %d: %.0f articles/CPU-second (%d articles of ~3 KB)%n", round, n / cpuSeconds,
                    n);
        }
        System.out.println(sink == 42 ? "" : "done");
    }

    static List<String> articles(boolean caps) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(EvalFiles.path("dev-incidents"))) {
            texts.add(json.readTree(line).get("text").asText());
        }
        List<String> articles = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; articles.size() < 200; i++) {
            b.append(texts.get(i % texts.size())).append(i % 3 == 0 ? "\n\n" : " ");
            if (b.length() >= 3000) {
                String a = b.toString();
                articles.add(caps ? a.toUpperCase(Locale.ROOT) : a);
                b.setLength(0);
            }
        }
        return articles;
    }
}
