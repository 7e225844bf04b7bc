package io.incidentalerts.classifier.geo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Prints load time, retained heap and resolver throughput; asserts only generous sanity bounds. */
class GazetteerLoadTest {

    /** CPU time of the measuring thread: figures that mean something on a shared, busy machine. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    @Test
    void loadTimeAndHeap() {
        long before = usedHeapAfterGc();
        long t0 = System.nanoTime();
        long cpu0 = CPU.getCurrentThreadCpuTime();
        Gazetteer g = GazetteerLoader.loadDefault();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long cpuMs = (CPU.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        long retained = usedHeapAfterGc() - before;
        System.out.printf("gazetteer: %d places, %d names, %d countries; loaded in %d ms wall, %d ms CPU of this"
                        + " thread; ~%d MB retained heap%n",
                g.placeCount(), g.nameCount(), g.countries().size(), ms, cpuMs, retained >> 20);
        assertThat(g.placeCount()).isGreaterThan(100_000);
        assertThat(g.countries()).hasSizeGreaterThan(240);
        assertThat(retained).isLessThan(600L << 20);
        assertThat(g.placeCount()).isPositive(); // keeps g reachable until after the measurement
    }

    @Test
    void throughputOnArticleSizedText() {
        PlaceResolver resolver = PlaceResolver.loadDefault();
        StringBuilder article = new StringBuilder("Gunmen kill four in attack on police station in Almaty\n\n");
        String[] filler = {"Officials said the attackers fled in a car. ", "Witnesses described heavy gunfire. ",
            "The interior ministry said an investigation was under way. ", "Roads near Kazakhstan's border were shut. "};
        for (int i = 0; article.length() < 3000; i++) {
            article.append(filler[i % filler.length]);
        }
        String text = article.toString();
        for (int i = 0; i < 2000; i++) {
            resolver.resolve(text);
        }
        int n = 10_000;
        long t0 = System.nanoTime();
        long cpu0 = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            resolver.resolve(text);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (CPU.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf("resolver: %.0f articles/s wall, %.0f articles/s per CPU-second, one thread (3 KB articles)%n",
                n / seconds, n / cpuSeconds);
        assertThat(resolver.resolve(text)).map(m -> m.location().city()).contains("Almaty");
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
