package io.incidentalerts.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time spent over a measured interval: the whole process (broker, service, producer and probe when
 * they share this JVM), the Kafka Streams threads alone, and on Linux the JVM's own threads (JIT
 * compilers, garbage collector) and RocksDB's from {@code /proc/self/task}. Divided by the articles
 * moved, it gives a cost per article that stays comparable on a shared machine where wall-clock rates
 * swing with the load.
 */
final class CpuClock {

    private static final String STREAM_THREAD = "-StreamThread-";
    private static final Path TASKS = Path.of("/proc/self/task");
    /** Linux clock ticks per second (USER_HZ), fixed at 100 on every architecture the JDK runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    /** CPU nanoseconds so far: the process's, its stream threads', and by native thread group ({@link #group}). */
    record Reading(long processNanos, long streamNanos, Map<String, Long> groupNanos) {

        Reading minus(Reading before) {
            Map<String, Long> groups = new LinkedHashMap<>();
            groupNanos.forEach((g, n) -> groups.put(g, n - before.groupNanos.getOrDefault(g, 0L)));
            return new Reading(processNanos - before.processNanos, streamNanos - before.streamNanos, groups);
        }
    }

    Reading read() {
        long stream = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains(STREAM_THREAD)) {
                stream += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return new Reading(os.getProcessCpuTime(), stream, nativeGroups());
    }

    /** Threads the JVM or RocksDB start, by the name the OS knows them by; empty where there is no /proc. */
    static String group(String osName) {
        if (osName.startsWith("C1 Compiler") || osName.startsWith("C2 Compiler")) {
            return "jit";
        }
        if (osName.startsWith("GC Thread") || osName.startsWith("G1 ") || osName.equals("VM Thread")) {
            return "gc";
        }
        if (osName.startsWith("rocksdb")) {
            return "rocksdb";
        }
        return null;
    }

    private static Map<String, Long> nativeGroups() {
        Map<String, Long> groups = new LinkedHashMap<>();
        if (!Files.isDirectory(TASKS)) {
            return groups;
        }
        groups.put("jit", 0L);
        groups.put("gc", 0L);
        groups.put("rocksdb", 0L);
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String group = group(stat.substring(open + 1, close));
                    if (group != null) {
                        String[] rest = stat.substring(close + 2).split(" ");
                        long ticks = Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
                        groups.merge(group, ticks * NANOS_PER_TICK, Long::sum);
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended between listing and reading: its time is gone either way
                }
            });
        } catch (IOException e) {
            groups.clear();
        }
        return groups;
    }
}
