package io.incidentalerts.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.incidentalerts.alert.Json;

/**
 * The figures of one bench run: the service's measured trial and the pass-through's, on the same
 * articles. {@link #toJson()} is the line the bench command ends with.
 */
public record BenchReport(Trial.Result service, Trial.Result passThrough, BenchOptions options) {

    public double ratio() {
        return service.perSecond() / passThrough.perSecond();
    }

    /** Process CPU per article of the service over that of the pass-through: the load-independent ratio. */
    public double cpuRatio() {
        return service.cpuUsPerArticle() / passThrough.cpuUsPerArticle();
    }

    public String toJson() {
        ObjectNode json = Json.MAPPER.createObjectNode();
        LatencyStats latency = service.latency();
        json.put("articles", service.articles());
        json.put("articlesPerSecond", round(service.perSecond(), 1));
        json.put("passThroughPerSecond", round(passThrough.perSecond(), 1));
        json.put("ratio", round(ratio(), 3));
        json.put("p50Ms", latency.p50Ms());
        json.put("p99Ms", latency.p99Ms());
        json.put("maxMs", latency.maxMs());
        json.put("alerts", service.outputs());
        json.put("cpuUsPerArticle", round(service.cpuUsPerArticle(), 1));
        json.put("passThroughCpuUsPerArticle", round(passThrough.cpuUsPerArticle(), 1));
        json.put("cpuRatio", round(cpuRatio(), 2));
        json.put("streamCpuUsPerArticle", round(service.streamCpuUsPerArticle(), 1));
        json.put("passThroughStreamCpuUsPerArticle", round(passThrough.streamCpuUsPerArticle(), 1));
        ObjectNode jvm = json.putObject("jvmCpuUsPerArticle");
        service.jvmCpuUsPerArticle().forEach((group, us) -> jvm.put(group, round(us, 1)));
        json.put("passThroughP50Ms", passThrough.latency().p50Ms());
        json.put("passThroughP99Ms", passThrough.latency().p99Ms());
        json.put("offeredPerSecond", options.perSecond());
        json.put("partitions", options.partitions());
        json.put("threads", options.threads());
        json.put("instances", options.instances());
        return json.toString();
    }

    /** Human-readable lines printed before the JSON line. */
    public String summary() {
        return line("incident pipeline", service, "alert latency") + "%n".formatted()
                + line("pass-through", passThrough, "latency") + "%n".formatted()
                + String.format("ratio:             %.3f throughput, %.2f CPU per article", ratio(), cpuRatio());
    }

    private static String line(String name, Trial.Result r, String what) {
        LatencyStats l = r.latency();
        StringBuilder jvm = new StringBuilder();
        r.jvmCpuUsPerArticle().forEach((group, us) -> jvm.append(String.format(", %s %.0f us", group, us)));
        return String.format("%-18s %.1f articles/s, %s p50 %d ms, p99 %d ms, max %d ms (%d outputs); "
                        + "CPU %.0f us/article (stream threads %.0f us%s)",
                name + ":", r.perSecond(), what, l.p50Ms(), l.p99Ms(), l.maxMs(), r.outputs(),
                r.cpuUsPerArticle(), r.streamCpuUsPerArticle(), jvm);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
