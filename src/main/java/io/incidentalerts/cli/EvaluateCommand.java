package io.incidentalerts.cli;

import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.eval.EvalReport;
import io.incidentalerts.eval.Evaluator;
import io.incidentalerts.eval.LabelReader;
import io.incidentalerts.eval.LabelledRow;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Runs the classifier over labelled JSON Lines (the format of dev-incidents.jsonl) and "
                + "prints detection recall, false-positive rate, category and country accuracy, and killed / "
                + "injured exact match.",
                "Rows without a category, or with \"incident\": false, are negatives. The project's own "
                        + "negatives (everyday news) are added unless --no-bundled-negatives. With "
                        + "--perpetrators-in-killed a row's killedTotal, where it has one, is the expected killed "
                        + "figure."})
final class EvaluateCommand implements Callable<Integer> {

    static final String BUNDLED_NEGATIVES = "/eval/negatives.jsonl";

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Labelled JSON Lines files")
    List<Path> files;

    @Option(names = "--no-bundled-negatives", description = "Leave out the bundled everyday-news negatives")
    boolean withoutBundledNegatives;

    @Option(names = {"-v", "--verbose"}, description = "List every mistake")
    boolean verbose;

    @Mixin
    ClassifierOptions classifierOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<LabelledRow> rows = new ArrayList<>();
        for (Path file : files) {
            rows.addAll(LabelReader.read(file));
        }
        if (!withoutBundledNegatives) {
            try (var in = EvaluateCommand.class.getResourceAsStream(BUNDLED_NEGATIVES)) {
                rows.addAll(LabelReader.read(in, BUNDLED_NEGATIVES));
            }
        }
        if (classifierOptions.perpetratorsInKilled) {
            rows.replaceAll(LabelledRow::withTotals); // attackers counted in: compare with the rows' totals
        }
        EvalReport report = new Evaluator(classifierOptions.classifier()).evaluate(rows);
        PrintWriter out = spec.commandLine().getOut();
        out.print(report.format());
        if (verbose) {
            report.mistakes().forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
