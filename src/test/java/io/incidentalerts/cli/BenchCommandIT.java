package io.incidentalerts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentalerts.alert.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A short end-to-end bench on the in-process broker: it finishes and its last line is sane JSON. No timing limits. */
class BenchCommandIT {

    @Test
    void benchEndsWithOneJsonLineOfPlausibleFigures() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        int exit = cli.execute("bench", "--articles", "500", "--warmup", "50", "--timeout", "300");

        String printed = out.toString();
        assertThat(exit).as(printed).isZero();
        List<String> lines = printed.lines().toList();
        String last = lines.get(lines.size() - 1);
        assertThat(lines.stream().filter(l -> l.startsWith("{"))).as(printed).containsExactly(last);

        JsonNode json = Json.MAPPER.readTree(last);
        assertThat(json.get("articles").asInt()).isEqualTo(500);
        assertThat(json.get("alerts").asInt()).isBetween(1, 500);
        assertThat(json.get("articlesPerSecond").asDouble()).isPositive();
        assertThat(json.get("passThroughPerSecond").asDouble()).isPositive();
        assertThat(json.get("ratio").asDouble()).isPositive()
                .isCloseTo(json.get("articlesPerSecond").asDouble() / json.get("passThroughPerSecond").asDouble(),
                        org.assertj.core.data.Percentage.withPercentage(1));
        long p50 = json.get("p50Ms").asLong();
        long p99 = json.get("p99Ms").asLong();
        long max = json.get("maxMs").asLong();
        assertThat(p50).isNotNegative().isLessThanOrEqualTo(p99);
        assertThat(p99).isLessThanOrEqualTo(max);
        double cpu = json.get("cpuUsPerArticle").asDouble();
        double passThroughCpu = json.get("passThroughCpuUsPerArticle").asDouble();
        assertThat(cpu).isPositive().isGreaterThanOrEqualTo(json.get("streamCpuUsPerArticle").asDouble());
        assertThat(passThroughCpu).isPositive()
                .isGreaterThanOrEqualTo(json.get("passThroughStreamCpuUsPerArticle").asDouble());
        assertThat(json.get("streamCpuUsPerArticle").asDouble()).isPositive();
        assertThat(json.get("cpuRatio").asDouble()).isCloseTo(cpu / passThroughCpu,
                org.assertj.core.data.Percentage.withPercentage(2));
    }
}
