package io.incidentalerts.classifier.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Month names and short forms, from {@code months.tsv} of the language pack, loaded once. */
public final class Months {

    private static final WordLists LISTS = WordLists.load(LanguagePack.ENGLISH, "months.tsv");

    private static final List<String> IN_ORDER = LISTS.list("month");
    /** Full names: "march". */
    public static final Set<String> NAMES = Set.copyOf(IN_ORDER);
    /** Short forms: "mar", "sept". */
    public static final Set<String> SHORT = LISTS.set("month-short");
    /** Full names and short forms. */
    public static final Set<String> ALL = union(NAMES, SHORT);
    /** 1 to 12 by the file's order of the full names; a short form is the month whose name it begins. */
    private static final Map<String, Integer> NUMBERS = numbers();

    static {
        LISTS.allTaken();
    }

    private Months() {
    }

    /** The month's number (1 to 12), or 0 when the word names no month. */
    public static int number(String norm) {
        return NUMBERS.getOrDefault(norm, 0);
    }

    private static Map<String, Integer> numbers() {
        Map<String, Integer> numbers = new HashMap<>();
        for (int k = 0; k < IN_ORDER.size(); k++) {
            numbers.put(IN_ORDER.get(k), k + 1);
        }
        for (String s : SHORT) {
            for (int k = 0; k < IN_ORDER.size(); k++) {
                if (IN_ORDER.get(k).startsWith(s)) {
                    numbers.put(s, k + 1);
                }
            }
        }
        return Map.copyOf(numbers);
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
