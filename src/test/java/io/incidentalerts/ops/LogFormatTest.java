package io.incidentalerts.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production logback.xml, loaded in a fresh JVM with different LOG_FORMAT values. */
class LogFormatTest {

    @TempDir
    Path tmp;

    private String run(String logFormat) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=" + Path.of("target/classes/logback.xml").toAbsolutePath(),
                AlertLogProbe.class.getName()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("out.log").toFile());
        pb.environment().remove("LOG_FORMAT");
        if (logFormat != null) {
            pb.environment().put("LOG_FORMAT", logFormat);
        }
        Process p = pb.start();
        assertThat(p.waitFor()).isZero();
        return Files.readString(tmp.resolve("out.log"));
    }

    @Test
    void textByDefault() throws Exception {
        String out = run(null);
        assertThat(out).contains("INFO", "io.incidentalerts.alerts", "Alert raised incidentId=inc-42 articleId=\"art-7\"",
                "category=BOMBING severity=CRITICAL region=\"unknown\" killed=3 injured=5");
        assertThat(out).doesNotContain("Secret title", "secret-url", "kafka info is hidden").doesNotStartWith("{");
    }

    @Test
    void jsonWhenAsked() throws Exception {
        String out = run("json").strip();
        assertThat(out.lines()).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(out);
        assertThat(line.path("level").asText()).isEqualTo("INFO");
        assertThat(line.path("logger_name").asText()).isEqualTo("io.incidentalerts.alerts");
        assertThat(line.path("incidentId").asText()).isEqualTo("inc-42");
        assertThat(line.path("articleId").asText()).isEqualTo("art-7");
        assertThat(line.path("severity").asText()).isEqualTo("CRITICAL");
        assertThat(line.path("killed").asInt()).isEqualTo(3);
        assertThat(line.path("injured").asInt()).isEqualTo(5);
        assertThat(out).doesNotContain("Secret title", "secret-url");
    }

    @Test
    void unknownFormatFallsBackToText() throws Exception {
        assertThat(run("yaml")).contains("Alert raised incidentId=inc-42").doesNotStartWith("{");
    }
}
