package io.incidentalerts.eval;

/**
 * One labelled example. {@code positive} is false for rows without a category or with
 * {@code "incident": false}; counts are null when the row does not give them.
 */
public record LabelledRow(String id, String title, String text, boolean positive, String country, String category,
        Integer killed, Integer injured) {
}
