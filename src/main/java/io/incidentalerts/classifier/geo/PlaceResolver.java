package io.incidentalerts.classifier.geo;

import java.util.List;
import java.util.Optional;

/**
 * Finds where the incident in a text happened. STUB: the gazetteer-backed implementation replaces it.
 */
public final class PlaceResolver {

    public static PlaceResolver loadDefault() {
        return new PlaceResolver();
    }

    /**
     * @param text  the analysed text
     * @param focus the spans that describe the incident itself, strongest first; places found there
     *              beat places elsewhere in the text (background, quotes, earlier events)
     */
    public Optional<PlaceMatch> resolve(String text, List<TextSpan> focus) {
        return Optional.empty();
    }
}
