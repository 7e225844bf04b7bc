package io.incidentalerts.kafka;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Before a command starts its Kafka clients: waits, for a bounded time, until one of the bootstrap
 * servers accepts a connection and the cluster answers, so that a wrong address fails with one line
 * that names the servers instead of a minute of client warnings.
 */
public final class BootstrapCheck {

    private static final Duration RETRY_EVERY = Duration.ofMillis(500);

    private BootstrapCheck() {
    }

    /**
     * @param clientProps Kafka client properties with {@code bootstrap.servers} (and any security settings)
     * @param hint        appended to the failure message: where the servers and the timeout are set
     * @throws IllegalStateException with a one-line message when no server answers within {@code timeout}
     */
    public static void await(Map<String, ?> clientProps, Duration timeout, String hint) {
        String servers = String.valueOf(clientProps.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!anyAccepts(servers, deadline)) {
            if (System.nanoTime() - deadline >= 0) {
                throw new IllegalStateException("No Kafka broker answered at " + servers + " within "
                        + seconds(timeout) + hint);
            }
            LockSupport.parkNanos(RETRY_EVERY.toNanos());
        }
        describeCluster(clientProps, servers, Duration.ofNanos(Math.max(deadline - System.nanoTime(),
                Duration.ofSeconds(1).toNanos())), hint);
    }

    private static boolean anyAccepts(String servers, long deadline) {
        for (String server : List.copyOf(Arrays.asList(servers.split(",")))) {
            String s = server.strip();
            int colon = s.lastIndexOf(':');
            if (colon <= 0) {
                continue;
            }
            long left = Math.max(TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()), 1);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(s.substring(0, colon), Integer.parseInt(s.substring(colon + 1))),
                        (int) Math.min(left, RETRY_EVERY.toMillis() * 2));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                // not this one (refused, unresolvable, bad port): try the next
            }
        }
        return false;
    }

    private static void describeCluster(Map<String, ?> clientProps, String servers, Duration left, String hint) {
        Map<String, Object> props = new HashMap<>(clientProps);
        int ms = (int) Math.min(left.toMillis(), Integer.MAX_VALUE);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ms);
        try (Admin admin = Admin.create(props)) {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(ms)).nodes().get(ms + 1000L, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka at " + servers + " did not answer: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + servers + " accepts connections but did not answer within "
                    + seconds(left) + hint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka at " + servers, e);
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
