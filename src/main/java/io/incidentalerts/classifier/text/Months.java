package io.incidentalerts.classifier.text;

import java.util.HashSet;
import java.util.Set;

/** Month names and short forms, from {@code months.tsv} of the language pack, loaded once. */
public final class Months {

    private static final WordLists LISTS = WordLists.load(LanguagePack.ENGLISH, "months.tsv");

    /** Full names: "march". */
    public static final Set<String> NAMES = LISTS.set("month");
    /** Short forms: "mar", "sept". */
    public static final Set<String> SHORT = LISTS.set("month-short");
    /** Full names and short forms. */
    public static final Set<String> ALL = union(NAMES, SHORT);

    static {
        LISTS.allTaken();
    }

    private Months() {
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
