package io.incidentalerts.classifier.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Named tuning values of one file under {@code classifier/} ({@code decision.tsv},
 * {@code place-weights.tsv}): a line is a name, a TAB and a value; '#' starts a comment. The class
 * that reads a file takes every value by name once, at load, and then calls {@link #allTaken()},
 * so a misspelt name fails the start instead of being ignored.
 */
public final class Weights {

    private final String resource;
    private final Map<String, String> values;
    private final Set<String> taken = new HashSet<>();

    private Weights(String resource, Map<String, String> values) {
        this.resource = resource;
        this.values = values;
    }

    public static Weights load(String resource) {
        Map<String, String> values = new HashMap<>();
        for (String[] row : RuleFileReader.read(resource)) {
            if (row.length != 2) {
                throw new IllegalStateException(resource + ": expected name and value in: " + String.join(" | ", row));
            }
            if (values.put(row[0], row[1]) != null) {
                throw new IllegalStateException(resource + ": " + row[0] + " is given twice");
            }
        }
        return new Weights(resource, values);
    }

    public String text(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalStateException(resource + ": missing " + name);
        }
        taken.add(name);
        return v;
    }

    public double number(String name) {
        return parse(name, "a number", Double::parseDouble);
    }

    public long whole(String name) {
        return parse(name, "a whole number", Long::parseLong);
    }

    private <T> T parse(String name, String kind, Function<String, T> parser) {
        String v = text(name);
        try {
            return parser.apply(v);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(resource + ": " + name + " is not " + kind + ": " + v, e);
        }
    }

    /** Fails when the file has a value no one took: a misspelt or stale name. */
    public void allTaken() {
        for (String name : values.keySet()) {
            if (!taken.contains(name)) {
                throw new IllegalStateException(resource + ": " + name + " is read by no code");
            }
        }
    }
}
