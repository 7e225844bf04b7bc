package io.incidentalerts.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code incident-alerts <command>}. */
@Command(name = "incident-alerts",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns news articles on Kafka into security-incident alerts.",
        subcommands = {RunCommand.class, DemoCommand.class, ClassifyCommand.class, ProduceCommand.class, IngestCommand.class, EvaluateCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + e.getMessage());
            return 2;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
