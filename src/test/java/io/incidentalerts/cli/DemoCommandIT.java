package io.incidentalerts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The first command a new user runs: an in-process broker, the samples replayed, alerts printed. */
class DemoCommandIT {

    @TempDir
    Path dir;

    @Test
    void demoPrintsTheAlmatyAlertAndExitsAfterTheReplay() {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        int exit = cli.execute("demo", "--exit-after-replay", "--timeout", "180",
                "--set", "embedded.port=0", "--set", "http.port=0", "--set", "state.dir=" + dir);

        String printed = out.toString();
        assertThat(exit).as(printed).isZero();
        assertThat(printed).contains("Metrics: http://").contains("/metrics");
        assertThat(printed).containsPattern("\\[(HIGH|CRITICAL)\\]\\s+ARMED_ASSAULT\\s+Almaty, .*Kazakhstan");
        assertThat(printed).contains("killed 4, injured 7");
        assertThat(printed).contains("Replay done");
    }
}
