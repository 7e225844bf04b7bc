package io.incidentalerts.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.incidentalerts.alert.Json;

/** The figures of one bench run; {@link #toJson()} is the line the bench command ends with. */
public record BenchReport(int articles, int alerts, double articlesPerSecond, double passThroughPerSecond,
                          LatencyStats latency, LatencyStats passThroughLatency, BenchOptions options) {

    public double ratio() {
        return articlesPerSecond / passThroughPerSecond;
    }

    public String toJson() {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("articles", articles);
        json.put("articlesPerSecond", round(articlesPerSecond, 1));
        json.put("passThroughPerSecond", round(passThroughPerSecond, 1));
        json.put("ratio", round(ratio(), 3));
        json.put("p50Ms", latency.p50Ms());
        json.put("p99Ms", latency.p99Ms());
        json.put("maxMs", latency.maxMs());
        json.put("alerts", alerts);
        json.put("offeredPerSecond", options.perSecond());
        json.put("partitions", options.partitions());
        json.put("threads", options.threads());
        json.put("instances", options.instances());
        return json.toString();
    }

    /** Human-readable lines printed before the JSON line. */
    public String summary() {
        return String.format(
                "incident pipeline: %.1f articles/s, alert latency p50 %d ms, p99 %d ms, max %d ms (%d alerts)%n"
                        + "pass-through:      %.1f articles/s, latency p50 %d ms, p99 %d ms, max %d ms%n"
                        + "ratio:             %.3f",
                articlesPerSecond, latency.p50Ms(), latency.p99Ms(), latency.maxMs(), alerts,
                passThroughPerSecond, passThroughLatency.p50Ms(), passThroughLatency.p99Ms(),
                passThroughLatency.maxMs(), ratio());
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
