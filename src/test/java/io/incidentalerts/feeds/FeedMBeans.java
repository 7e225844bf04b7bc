package io.incidentalerts.feeds;

import java.lang.management.ManagementFactory;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/** Reads the connector's per-feed metrics where a monitoring agent reads them: the platform JMX server. */
final class FeedMBeans {

    private FeedMBeans() {
    }

    /** The value of {@code metric} for the feed whose redacted URL is {@code feed}, or -1 when not registered. */
    static long value(String feed, String metric) {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            Set<ObjectName> names = server.queryNames(new ObjectName("kafka.connect:type=plugins,*"), null);
            for (ObjectName name : names) {
                if (feed.equals(ObjectName.unquote(quoted(name.getKeyProperty("feed"))))) {
                    Object v = server.getAttribute(name, metric);
                    return v instanceof Number n ? n.longValue() : -1;
                }
            }
            return -1;
        } catch (Exception e) {
            return -1;
        }
    }

    private static String quoted(String value) {
        return value == null ? "\"\"" : value.startsWith("\"") ? value : "\"" + value + "\"";
    }
}
