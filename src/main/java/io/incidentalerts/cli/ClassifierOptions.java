package io.incidentalerts.cli;

import io.incidentalerts.classifier.IncidentClassifier;
import picocli.CommandLine.Option;

/** Options of the offline commands that build their own classifier. */
final class ClassifierOptions {

    @Option(names = "--perpetrators-in-killed",
            description = "Add attackers reported killed apart from the victims to the killed count (GTD totals)")
    boolean perpetratorsInKilled;

    IncidentClassifier classifier() {
        return IncidentClassifier.load(perpetratorsInKilled);
    }
}
