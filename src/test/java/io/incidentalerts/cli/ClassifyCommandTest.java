package io.incidentalerts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentalerts.alert.Json;
import io.incidentalerts.support.ArticleRecords;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClassifyCommandTest {

    @TempDir
    Path dir;

    @Test
    void oneOutputLinePerInputLineInInputOrder() throws Exception {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.write(ArticleRecords.almaty());
        input.write('\n');
        input.write("{\"id\":\"broken\"".getBytes(StandardCharsets.UTF_8));
        input.write("\r\n\n".getBytes(StandardCharsets.UTF_8));
        input.write(ArticleRecords.json("calm", "Central bank holds rates", "The bank left its main rate unchanged."));
        input.write('\n');
        Path file = dir.resolve("articles.jsonl");
        Files.write(file, input.toByteArray());

        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute("classify", file.toString());

        assertThat(exit).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            lines.add(Json.MAPPER.readTree(line));
        }
        assertThat(lines).as("the blank third line gets its line too").hasSize(4);
        JsonNode alert = lines.get(0);
        assertThat(alert.get("articleId").asText()).isEqualTo("bs-2016-07-18-almaty");
        assertThat(alert.get("incidentId").asText()).startsWith("inc-");
        assertThat(alert.has("category")).isTrue();
        assertThat(alert.get("evidence").isArray()).isTrue();
        assertThat(lines.get(1).get("deadLetter").asText()).isEqualTo("NOT_JSON");
        assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(lines.get(2).get("deadLetter").asText()).isEqualTo("NOT_JSON");
        assertThat(lines.get(2).get("line").asInt()).isEqualTo(3);
        assertThat(lines.get(3).get("articleId").asText()).isEqualTo("calm");
        assertThat(lines.get(3).get("incident").asBoolean()).isFalse();
    }

    @Test
    void aDashReadsStandardInput() throws Exception {
        java.io.InputStream stdin = System.in;
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        try {
            System.setIn(new java.io.ByteArrayInputStream(ArticleRecords.json("calm", "Central bank holds rates",
                    "The bank left its main rate unchanged.")));
            assertThat(cli.execute("classify", "-")).isZero();
        } finally {
            System.setIn(stdin);
        }
        assertThat(Json.MAPPER.readTree(out.toString().strip()).get("articleId").asText()).isEqualTo("calm");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("run", "demo", "classify", "produce")) {
            StringWriter out = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(out));
            assertThat(cli.execute(command, "--help")).as(command).isZero();
            assertThat(out.toString()).as(command).contains("Usage:").contains(command);
        }
    }
}
