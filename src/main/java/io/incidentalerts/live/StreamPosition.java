package io.incidentalerts.live;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a live stream stands: for each partition of the alert topic and of the surge topic, the offset
 * of the next record to send. Written as the SSE event id, {@code a<offsets>;s<offsets>} with the
 * offsets in partition order and comma-separated ({@code a4,0,7;s0,1,0}), so any instance can resume a
 * stream from an id another instance wrote: offsets belong to the topics, not to an instance.
 */
public record StreamPosition(List<Long> alerts, List<Long> surges) {

    private static final Pattern FORMAT = Pattern.compile("a((?:\\d{1,19}(?:,\\d{1,19})*)?);s((?:\\d{1,19}(?:,\\d{1,19})*)?)");
    /** Longer ids are refused before they are parsed: 4096 chars hold hundreds of partitions. */
    static final int MAX_ID_CHARS = 4096;

    public StreamPosition {
        alerts = List.copyOf(alerts);
        surges = List.copyOf(surges);
    }

    /** @throws IllegalArgumentException when {@code id} is not an id this class writes */
    public static StreamPosition parse(String id) {
        Matcher m = id.length() <= MAX_ID_CHARS ? FORMAT.matcher(id.strip()) : null;
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("Last-Event-ID is not a stream position (a<offsets>;s<offsets>, e.g. a4,0,7;s0,1,0)");
        }
        return new StreamPosition(offsets(m.group(1)), offsets(m.group(2)));
    }

    private static List<Long> offsets(String list) {
        if (list.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(Long::parseLong).toList();
    }

    public String id() {
        return "a" + join(alerts) + ";s" + join(surges);
    }

    private static String join(List<Long> offsets) {
        return offsets.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** This position with the record at {@code offset} of that topic's {@code partition} sent. */
    public StreamPosition after(boolean surge, int partition, long offset) {
        List<Long> next = new ArrayList<>(surge ? surges : alerts);
        while (next.size() <= partition) {
            next.add(0L);
        }
        next.set(partition, offset + 1);
        return surge ? new StreamPosition(alerts, next) : new StreamPosition(next, surges);
    }
}
