package io.incidentalerts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
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
        assertThat(printed).contains("Metrics: http://").contains("/metrics").containsPattern("Console: http://[^ ]+:\\d+/ ");
        assertThat(printed).containsPattern("\\[(HIGH|CRITICAL)\\]\\s+ARMED_ASSAULT\\s+Almaty, .*Kazakhstan");
        assertThat(printed).contains("killed 4, injured 7");
        assertThat(printed).contains("Replay done");
    }

    /** The documented variant: the bundled sample feeds, served over HTTP, read by the connector in a Connect worker. */
    @Test
    void demoFromFeedsTurnsTheSampleFeedsIntoAlerts() {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        int exit = cli.execute("demo", "--feeds", "--exit-after-replay", "--timeout", "180",
                "--set", "embedded.port=0", "--set", "http.port=0", "--set", "state.dir=" + dir);

        String printed = out.toString();
        assertThat(exit).as(printed).isZero();
        assertThat(printed).contains("Ingesting 6 items of 3 sample feeds; expecting 3 alerts.");
        assertThat(printed).contains("Maiduguri").contains("Quetta").contains("Mombasa");
        assertThat(printed).contains("Replay done: 3 alerts.");
    }

    /** The Streams state lives and goes with the in-process broker's data, so a second demo starts as clean as the first. */
    @Test
    void aSecondDemoStartsAsCleanAsTheFirst() {
        assertThat(demoWarnings()).as("first demo").noneMatch(DemoCommandIT::staleState);
        List<String> second = demoWarnings();
        assertThat(second).as("second demo").noneMatch(DemoCommandIT::staleState);
    }

    private static boolean staleState(String warning) {
        return warning.contains("OffsetOutOfRange") || warning.contains("corrupted");
    }

    /** Runs the demo with its default state folder and returns the WARN and ERROR lines it logged. */
    private static List<String> demoWarnings() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.setContext(root.getLoggerContext());
        appender.start();
        root.addAppender(appender);
        try {
            StringWriter out = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(out, true));
            int exit = cli.execute("demo", "--exit-after-replay", "--timeout", "180",
                    "--set", "embedded.port=0", "--set", "http.port=0");
            assertThat(exit).as(out.toString()).isZero();
        } finally {
            root.detachAppender(appender);
        }
        return appender.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null ? ""
                        : " " + e.getThrowableProxy().getClassName() + ": " + e.getThrowableProxy().getMessage()))
                .toList();
    }
}
