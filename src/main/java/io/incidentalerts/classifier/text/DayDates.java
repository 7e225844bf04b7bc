package io.incidentalerts.classifier.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Day-and-month dates written in a sentence ("ON 30 DECEMBER", "30 DEC 89", "December 30, 1989"),
 * read against the day the story was filed. A date with no year is the one nearest the filing day:
 * "ON 30 DECEMBER" filed on 3 January is four days before it, "ON 12 JANUARY" is to come.
 */
public final class DayDates {

    private DayDates() {
    }

    /**
     * The fewest days between a date written in tokens [from, to) and {@code filed}, counting only
     * dates on or before it; -1 when the span dates nothing that way.
     */
    public static long fewestDaysBefore(List<Token> tokens, int from, int to, LocalDate filed) {
        long best = -1;
        for (int i = from; i + 1 < to; i++) {
            int month = Months.number(tokens.get(i + 1).norm());
            int day = day(tokens.get(i));
            int yearAt = i + 2;
            if (month == 0 || day == 0) { // "December 30", "DEC 30, 1989"
                month = Months.number(tokens.get(i).norm());
                day = day(tokens.get(i + 1));
                yearAt = i + 2 < to && tokens.get(i + 2).is(",") ? i + 3 : i + 2;
            }
            if (month == 0 || day == 0) {
                continue;
            }
            LocalDate date = date(year(tokens, yearAt, to, filed.getYear()), month, day, filed);
            if (date != null && !date.isAfter(filed)) {
                long days = ChronoUnit.DAYS.between(date, filed);
                best = best < 0 ? days : Math.min(best, days);
            }
        }
        return best;
    }

    private static int day(Token t) {
        if (t.kind() != Token.Kind.NUMBER || t.norm().length() > 2) {
            return 0;
        }
        int d = Integer.parseInt(t.norm());
        return d >= 1 && d <= 31 ? d : 0;
    }

    /** A year written after the date ("89", "1989"; two digits in the century nearest the filing), or 0. */
    private static int year(List<Token> tokens, int at, int to, int filedYear) {
        if (at >= to || tokens.get(at).kind() != Token.Kind.NUMBER) {
            return 0;
        }
        String n = tokens.get(at).norm();
        if (n.length() == 4) {
            return Integer.parseInt(n);
        }
        if (n.length() != 2) {
            return 0;
        }
        int y = filedYear - Math.floorMod(filedYear, 100) + Integer.parseInt(n);
        return y - filedYear > 50 ? y - 100 : filedYear - y > 50 ? y + 100 : y;
    }

    private static LocalDate date(int year, int month, int day, LocalDate filed) {
        try {
            if (year > 0) {
                return LocalDate.of(year, month, day);
            }
            LocalDate nearest = null;
            for (int y = filed.getYear() - 1; y <= filed.getYear() + 1; y++) {
                LocalDate d = LocalDate.of(y, month, day);
                if (nearest == null || Math.abs(ChronoUnit.DAYS.between(d, filed)) < Math.abs(ChronoUnit.DAYS.between(nearest, filed))) {
                    nearest = d;
                }
            }
            return nearest;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
