package io.incidentalerts.eval;

/**
 * One labelled example. {@code positive} is false for rows without a category or with
 * {@code "incident": false}; counts are null when the row does not give them. {@code killedTotal} is
 * the killed figure with the attackers who died counted in (the GTD's total), where a row gives it
 * beside its victims-only {@code killed}.
 */
public record LabelledRow(String id, String title, String text, boolean positive, String country, String category,
        Integer killed, Integer injured, Integer killedTotal) {

    public LabelledRow(String id, String title, String text, boolean positive, String country, String category,
            Integer killed, Integer injured) {
        this(id, title, text, positive, country, category, killed, injured, null);
    }

    /** The row as the GTD counts the dead: its {@code killedTotal} as the expected killed figure, where given. */
    public LabelledRow withTotals() {
        return killedTotal == null ? this
                : new LabelledRow(id, title, text, positive, country, category, killedTotal, injured, killedTotal);
    }
}
