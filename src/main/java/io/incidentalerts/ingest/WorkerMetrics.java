package io.incidentalerts.ingest;

import java.lang.management.ManagementFactory;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Reads the feed connector's metrics and the worker's own where a monitoring agent reads them: the
 * platform JMX server of this JVM.
 */
public final class WorkerMetrics {

    private static final MBeanServer JMX = ManagementFactory.getPlatformMBeanServer();

    private WorkerMetrics() {
    }

    /** A per-feed metric of the feed task ({@code feed} without credentials, as logged), or -1 before it exists. */
    public static long feed(String feed, String metric) {
        long total = -1;
        for (ObjectName name : names("kafka.connect:type=plugins,*")) {
            String tag = name.getKeyProperty("feed");
            if (tag != null && feed.equals(tag.startsWith("\"") ? ObjectName.unquote(tag) : tag)) {
                total = Math.max(total, 0) + read(name, metric);
            }
        }
        return total;
    }

    /** A source-task metric of the worker (e.g. source-record-write-total), summed over the connector's tasks. */
    public static long task(String connector, String metric) {
        long total = 0;
        for (ObjectName name : names("kafka.connect:type=source-task-metrics,connector=" + connector + ",*")) {
            total += read(name, metric);
        }
        return total;
    }

    private static java.util.Set<ObjectName> names(String pattern) {
        try {
            return JMX.queryNames(new ObjectName(pattern), null);
        } catch (javax.management.MalformedObjectNameException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static long read(ObjectName name, String metric) {
        try {
            Object value = JMX.getAttribute(name, metric);
            return value instanceof Number n ? n.longValue() : 0;
        } catch (javax.management.JMException e) {
            return 0; // an MBean that went away between query and read
        }
    }
}
