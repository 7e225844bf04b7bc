package io.incidentalerts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluateCommandTest {

    @TempDir
    Path dir;

    private String evaluate(String... args) throws Exception {
        Path file = dir.resolve("rows.jsonl");
        Files.writeString(file, "{\"id\":\"r1\",\"text\":\"A gunman opened fire in a mall in Denver, killing three "
                + "people. He was shot dead by police.\",\"country\":\"United States\",\"expectedCategory\":"
                + "\"ARMED_ASSAULT\",\"killed\":3,\"killedTotal\":4,\"injured\":0}\n");
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        String[] all = new String[args.length + 3];
        all[0] = "evaluate";
        all[1] = "--no-bundled-negatives";
        System.arraycopy(args, 0, all, 2, args.length);
        all[all.length - 1] = file.toString();
        assertThat(cli.execute(all)).isZero();
        return out.toString();
    }

    @Test
    void victimsOnlyByDefaultAndTheRowsTotalWithAttackersCountedIn() throws Exception {
        assertThat(evaluate()).containsPattern("killed exact\\s+100\\.0 %");
        assertThat(evaluate("--perpetrators-in-killed")).containsPattern("killed exact\\s+100\\.0 %");
    }
}
