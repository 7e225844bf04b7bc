package io.incidentalerts.classifier.dateline;

import io.incidentalerts.classifier.rules.RuleFileReader;
import io.incidentalerts.classifier.text.LanguagePack;
import io.incidentalerts.classifier.text.Months;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The words of a language's datelines, from {@code dateline.tsv} of its pack; months from {@code months.tsv}. */
final class DatelineWords {

    private final Set<String> weekdays = new HashSet<>();
    private final Set<String> sources = new HashSet<>();
    private final Set<String> connectors = new HashSet<>();

    static DatelineWords load(LanguagePack pack) {
        DatelineWords w = new DatelineWords();
        String file = pack.resource("dateline.tsv");
        for (String[] row : RuleFileReader.read(file)) {
            String word = row[0].toLowerCase(Locale.ROOT);
            switch (row.length > 1 ? row[1] : "") {
                case "weekday" -> w.weekdays.add(word);
                case "source" -> w.sources.add(word);
                case "connector" -> w.connectors.add(word);
                default -> throw new IllegalStateException(file + ": unknown kind in " + String.join(" ", row));
            }
        }
        return w;
    }

    /** The month's number, or 0 when the norm names no month. */
    int month(String norm) {
        return Months.number(norm);
    }

    boolean weekday(String norm) {
        return weekdays.contains(norm);
    }

    boolean source(String norm) {
        return sources.contains(norm);
    }

    boolean connector(String norm) {
        return connectors.contains(norm);
    }
}
