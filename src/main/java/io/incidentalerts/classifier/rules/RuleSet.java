package io.incidentalerts.classifier.rules;

import io.incidentalerts.classifier.Category;
import io.incidentalerts.classifier.text.LanguagePack;

/**
 * All phrase rules of the classifier, loaded once from the data files under
 * {@code classifier/} on the classpath into one {@link PhraseLexicon}.
 */
public final class RuleSet {

    private final PhraseLexicon lexicon = new PhraseLexicon();

    private RuleSet() {
    }

    public static RuleSet load() {
        RuleSet set = new RuleSet();
        set.addTriggers("triggers.tsv");
        set.addTriggers("triggers-lexical.tsv");
        for (String[] row : RuleFileReader.read(LanguagePack.ENGLISH.resource("cues.tsv"))) {
            need(row, 2, "cues.tsv");
            RuleKind kind = RuleKind.valueOf(row[1]);
            Category c = row.length > 2 ? Category.valueOf(row[2]) : null;
            set.add(new Rule(kind, row[0], c, false, null, false, null, 0));
        }
        for (String[] row : RuleFileReader.read(LanguagePack.ENGLISH.resource("frames.tsv"))) {
            need(row, 3, "frames.tsv");
            set.add(new Rule(RuleKind.FRAME, row[0], null, row[2].equals("hard"), row[1], false, null, 0));
        }
        for (String[] row : RuleFileReader.read(LanguagePack.ENGLISH.resource("toll-words.tsv"))) {
            need(row, 3, "toll-words.tsv");
            Rule.Usage usage = Rule.Usage.valueOf(row[2].toUpperCase(java.util.Locale.ROOT));
            RuleKind kind = row[1].equals("skip") ? RuleKind.TOLL_SKIP : RuleKind.TOLL;
            set.add(new Rule(kind, row[0], null, false, null, row[1].equals("killed"), usage, 0));
        }
        for (String[] row : RuleFileReader.read(LanguagePack.ENGLISH.resource("severity-signals.tsv"))) {
            need(row, 2, "severity-signals.tsv");
            set.add(new Rule(RuleKind.SIGNAL, row[0], null, false, null, false, null, Integer.parseInt(row[1])));
        }
        return set;
    }

    /** Trigger rows (phrase, category or "-", strong/weak) of {@code classifier/<file>}. */
    private void addTriggers(String file) {
        for (String[] row : RuleFileReader.read(LanguagePack.ENGLISH.resource(file))) {
            need(row, 3, file);
            Category c = row[1].equals("-") ? null : Category.valueOf(row[1]);
            add(new Rule(RuleKind.TRIGGER, row[0], c, row[2].equals("strong"), null, false, null, 0));
        }
    }

    private static void need(String[] row, int columns, String file) {
        if (row.length < columns) {
            throw new IllegalStateException(file + ": expected " + columns + " columns in: " + String.join(" | ", row));
        }
    }

    private void add(Rule rule) {
        lexicon.add(rule);
    }

    public PhraseLexicon lexicon() {
        return lexicon;
    }
}
