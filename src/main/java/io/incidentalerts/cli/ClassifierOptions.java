package io.incidentalerts.cli;

import io.incidentalerts.classifier.IncidentClassifier;
import io.incidentalerts.classifier.geo.PlaceResolver;
import io.incidentalerts.classifier.model.SecondOpinion;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the offline commands that build their own classifier. */
final class ClassifierOptions {

    @Option(names = "--perpetrators-in-killed",
            description = "Add attackers reported killed apart from the victims to the killed count (GTD totals)")
    boolean perpetratorsInKilled;

    @Option(names = "--relevance-model", paramLabel = "FILE",
            description = "The learned second opinion to use instead of the bundled one: a file written by "
                    + "scripts/model/train-relevance.py, or 'none' for the rules alone")
    String relevanceModel;

    IncidentClassifier classifier() {
        if (relevanceModel == null) {
            return IncidentClassifier.load(perpetratorsInKilled);
        }
        SecondOpinion model = relevanceModel.equals("none") ? SecondOpinion.none()
                : SecondOpinion.fromFile(Path.of(relevanceModel));
        return IncidentClassifier.create(PlaceResolver.loadDefault(), perpetratorsInKilled, model);
    }
}
