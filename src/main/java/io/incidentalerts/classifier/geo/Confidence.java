package io.incidentalerts.classifier.geo;

/** Maps the winning choice to [0, 1]: how dominant its country is and how strong its own evidence. */
final class Confidence {

    private Confidence() {
    }

    static double of(EventPlaceScorer.Choice choice) {
        double strength = 1.0 - Math.exp(-choice.score());
        double value = Math.sqrt(choice.countryShare()) * strength;
        return Math.max(0.0, Math.min(1.0, value));
    }
}
