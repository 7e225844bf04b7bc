package io.incidentalerts.classifier.toll;

import io.incidentalerts.classifier.rules.RuleFileReader;
import io.incidentalerts.classifier.text.LanguagePack;
import io.incidentalerts.classifier.text.Months;
import io.incidentalerts.classifier.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads counts written as digits ("1,200"), words ("twenty-one", "two hundred") or vague words
 * ("dozens", "several") using {@code classifier/numbers.tsv}. Dates, clock times, years, ages and
 * percentages are not counts and return null.
 */
public final class NumberReader {

    private static final long MAX = 10_000_000L;
    private static final Set<String> MONTHS = Months.ALL;
    private static final Set<String> NOT_COUNT_AFTER = TollWords.NOT_COUNT_AFTER;

    private final Map<String, Entry> words = new HashMap<>();
    /** Multi-word vague quantities ("a dozen", "dozens of") by first word, longest first. */
    private final Map<String, List<String[]>> phrases = new HashMap<>();

    private record Entry(long value, String kind) {
    }

    private NumberReader() {
    }

    public static NumberReader load() {
        NumberReader r = new NumberReader();
        for (String[] row : RuleFileReader.read(LanguagePack.ENGLISH.resource("numbers.tsv"))) {
            String key = row[0].toLowerCase(java.util.Locale.ROOT);
            Entry e = new Entry(Long.parseLong(row[1]), row[2]);
            String[] parts = key.split(" +");
            if (parts.length > 1) {
                r.phrases.computeIfAbsent(parts[0], k -> new java.util.ArrayList<>()).add(parts);
                r.phrases.get(parts[0]).sort((x, y) -> y.length - x.length);
            }
            r.words.put(String.join(" ", parts), e);
        }
        return r;
    }

    /** The number starting at token {@code i} (before {@code to}), or null. */
    public NumberHit read(List<Token> tokens, int i, int to) {
        Token t = tokens.get(i);
        if (t.norm().isEmpty() || t.kind() == Token.Kind.BREAK || t.kind() == Token.Kind.PUNCT) {
            return null;
        }
        NumberHit hit = between(tokens, i, to);
        if (hit == null) {
            hit = t.kind() == Token.Kind.NUMBER ? digits(tokens, i, to) : words(tokens, i, to);
            if (hit == null) {
                hit = digitRange(t, i);
            } else if (!hit.article() && !(i > 0 && (tokens.get(i - 1).is("from") || tokens.get(i - 1).is("by")))) {
                hit = range(tokens, hit, to); // "10 to 12", "two or three"; not "from 10 to 12", "by 2 to 14" (a rise)
            }
        }
        if (hit == null || hit.value() > MAX) {
            return null;
        }
        int unit = hit.to() + 1 < to && tokens.get(hit.to()).is("-") ? hit.to() + 1 : hit.to(); // "57- YEAR- OLD" wrapped
        if (unit < to && NOT_COUNT_AFTER.contains(tokens.get(unit).norm())) {
            return null;
        }
        if (hit.to() < to && MONTHS.contains(tokens.get(hit.to()).norm())) {
            return null;
        }
        if (i > 0 && MONTHS.contains(tokens.get(i - 1).norm()) && !hit.article()) {
            return null;
        }
        return hit;
    }

    /**
     * A range is its lowest credible reading, the first figure: "between 10 and 12" (an opener row of
     * numbers.tsv, then "and"), "10 to 12" / "two or three" (a range joiner row), "10-12" (one token).
     * The second figure must be higher, else it is no range and only the first number is read.
     */
    private NumberHit between(List<Token> tokens, int i, int to) {
        Entry open = words.get(tokens.get(i).norm());
        if (open == null || !open.kind().equals("range-open") || i + 1 >= to) {
            return null;
        }
        NumberHit low = plain(tokens, i + 1, to);
        if (low == null || low.to() + 1 >= to || !tokens.get(low.to()).is("and")) {
            return null;
        }
        NumberHit high = plain(tokens, low.to() + 1, to);
        return high == null || high.value() <= low.value() ? null : new NumberHit(low.value(), i, high.to(), false);
    }

    private NumberHit range(List<Token> tokens, NumberHit low, int to) {
        if (low.to() + 1 >= to) {
            return low;
        }
        Entry joiner = words.get(tokens.get(low.to()).norm());
        if (joiner == null || !joiner.kind().equals("range")) {
            return low;
        }
        NumberHit high = plain(tokens, low.to() + 1, to);
        return high == null || high.value() <= low.value() ? low : new NumberHit(low.value(), low.from(), high.to(), false);
    }

    /** A count written without an article: digits or number words. */
    private NumberHit plain(List<Token> tokens, int i, int to) {
        Token t = tokens.get(i);
        if (t.norm().isEmpty() || t.kind() == Token.Kind.BREAK || t.kind() == Token.Kind.PUNCT) {
            return null;
        }
        NumberHit hit = t.kind() == Token.Kind.NUMBER ? digits(tokens, i, to) : words(tokens, i, to);
        return hit == null || hit.article() ? null : hit;
    }

    /** "10-12" as one token: the lower figure. */
    private static NumberHit digitRange(Token t, int i) {
        String s = t.norm();
        int dash = s.indexOf('-');
        if (dash <= 0 || dash == s.length() - 1 || dash > 7 || s.length() - dash > 8) {
            return null;
        }
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (k != dash && (ch < '0' || ch > '9')) {
                return null;
            }
        }
        long low = Long.parseLong(s.substring(0, dash));
        long high = Long.parseLong(s.substring(dash + 1));
        if (dash == 4 && low >= 1900 && low <= 2100) {
            return null; // years: "2015-2016"
        }
        return high > low ? new NumberHit(low, i, i + 1, false) : null;
    }

    private NumberHit digits(List<Token> tokens, int i, int to) {
        String s = tokens.get(i).norm();
        boolean grouped = s.indexOf(',') >= 0;
        double v;
        try {
            v = Double.parseDouble(s.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
        if (!grouped && s.length() == 4 && v >= 1900 && v <= 2100) {
            return null; // a year
        }
        int end = i + 1;
        if (end < to) {
            Entry scale = words.get(tokens.get(end).norm());
            if (scale != null && scale.kind().equals("scale")) {
                v *= scale.value();
                end++;
            }
        }
        if (v != Math.floor(v)) {
            return null;
        }
        return new NumberHit((long) v, i, end, false);
    }

    private NumberHit words(List<Token> tokens, int i, int to) {
        // multi-word vague quantities first: "a dozen", "dozens of", "a couple of"
        List<String[]> multi = phrases.get(tokens.get(i).norm());
        if (multi == null && !words.containsKey(tokens.get(i).norm()) && tokens.get(i).norm().indexOf('-') < 0) {
            return null;
        }
        if (multi != null) {
            for (String[] parts : multi) {
                if (i + parts.length <= to && matches(tokens, i, parts)) {
                    Entry e = words.get(String.join(" ", parts));
                    return new NumberHit(e.value(), i, i + parts.length, false);
                }
            }
        }
        long total = 0;
        long current = 0;
        boolean any = false;
        int j = i;
        while (j < to) {
            String norm = tokens.get(j).norm();
            Entry single = words.get(norm);
            if (single != null && single.kind().equals("one")) {
                if (!any && j == i) {
                    return new NumberHit(1, i, i + 1, true);
                }
                break;
            }
            if (single != null && single.kind().equals("vague")) {
                if (!any) {
                    return new NumberHit(single.value(), i, j + 1, false);
                }
                break;
            }
            long[] parts = hyphenated(norm);
            if (parts == null && any && unitDigitAfterTens(tokens.get(j), current)) {
                current += Long.parseLong(norm); // "Twenty 2 people": a tens word, then the unit in digits
                j++;
                break;
            }
            if (parts == null) {
                if (any && norm.equals("and") && j + 1 < to && hyphenated(tokens.get(j + 1).norm()) != null
                        && current >= 100) {
                    j++;
                    continue;
                }
                break;
            }
            for (long p : parts) {
                if (p < 0) { // scale word
                    long scale = -p;
                    current = (current == 0 ? 1 : current) * scale;
                    if (scale >= 1000) {
                        total += current;
                        current = 0;
                    }
                } else {
                    current += p;
                }
            }
            any = true;
            j++;
        }
        if (!any) {
            return null;
        }
        return new NumberHit(total + current, i, j, false);
    }

    private static boolean unitDigitAfterTens(Token t, long current) {
        return t.kind() == Token.Kind.NUMBER && current % 10 == 0 && current % 100 != 0 && t.norm().length() == 1
                && t.norm().charAt(0) >= '1' && t.norm().charAt(0) <= '9';
    }

    private static boolean matches(List<Token> tokens, int i, String[] parts) {
        for (int k = 1; k < parts.length; k++) {
            if (!tokens.get(i + k).norm().equals(parts[k])) {
                return false;
            }
        }
        return true;
    }

    /** Values of the number words in a (possibly hyphenated) token; scale words negative; null if any part is not a number word. */
    private long[] hyphenated(String norm) {
        if (norm.isEmpty()) {
            return null;
        }
        Entry whole = words.get(norm);
        if (whole != null) {
            return single(whole);
        }
        if (norm.indexOf('-') < 0) {
            return null;
        }
        String[] parts = norm.split("-");
        long[] out = new long[parts.length];
        for (int k = 0; k < parts.length; k++) {
            Entry e = words.get(parts[k]);
            long[] v = e == null ? null : single(e);
            if (v == null) {
                return null;
            }
            out[k] = v[0];
        }
        return out;
    }

    private static long[] single(Entry e) {
        return switch (e.kind()) {
            case "unit", "tens" -> new long[] {e.value()};
            case "scale" -> new long[] {-e.value()};
            default -> null;
        };
    }

    /** Oldest age an apposition is read as: ", 65," after a name. */
    private static final int MAX_AGE = 120;

    /**
     * "Jose Rodriguez, 65, was killed", "a farmer, aged 42, was killed": a number in digits set off
     * by commas after a word is the person's age, never a head count. Returns the index of the
     * opening comma, or -1.
     */
    static int ageApposition(List<Token> tokens, int number, int from, int to) {
        if (number - 3 >= from && number + 1 < to && TollWords.AGE_BEFORE.contains(tokens.get(number - 1).norm())
                && tokens.get(number - 2).is(",") && tokens.get(number - 3).kind() == Token.Kind.WORD
                && tokens.get(number + 1).is(",") && isAge(tokens.get(number))) {
            return number - 2;
        }
        if (number - 2 < from || number + 1 >= to || !tokens.get(number - 1).is(",") || !tokens.get(number + 1).is(",")
                || tokens.get(number - 2).kind() != Token.Kind.WORD || !isAge(tokens.get(number))) {
            return -1;
        }
        return number - 1;
    }

    /**
     * An age apposition closed by the comma at {@code comma}: ", 21," or ", 20 years old,". Returns
     * the index of the opening comma, or -1.
     */
    static int ageClosedAt(List<Token> tokens, int comma, int from, int to) {
        if (comma - 3 < from || comma >= to || !tokens.get(comma).is(",")) {
            return -1;
        }
        if (comma - 5 >= from && tokens.get(comma - 1).is("old")
                && (tokens.get(comma - 2).is("years") || tokens.get(comma - 2).is("year"))) {
            int number = comma - 3;
            return tokens.get(number - 1).is(",") && tokens.get(number - 2).kind() == Token.Kind.WORD
                    && isAge(tokens.get(number)) ? number - 1 : -1;
        }
        return ageApposition(tokens, comma - 1, from, to);
    }

    /** Digits 1 to {@value #MAX_AGE}. */
    private static boolean isAge(Token t) {
        String digits = t.norm();
        if (t.kind() != Token.Kind.NUMBER || digits.isEmpty() || digits.length() > 3
                || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int age = Integer.parseInt(digits);
        return age >= 1 && age <= MAX_AGE;
    }
}
