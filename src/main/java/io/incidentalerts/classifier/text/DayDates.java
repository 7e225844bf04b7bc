package io.incidentalerts.classifier.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Day-and-month dates written in a sentence ({@link DayMonthDate}: "ON 30 DECEMBER", "30 DEC 89"),
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
            DayMonthDate written = DayMonthDate.at(tokens, i, to);
            LocalDate date = written == null ? null : date(written, filed);
            if (date != null && !date.isAfter(filed)) {
                long days = ChronoUnit.DAYS.between(date, filed);
                best = best < 0 ? days : Math.min(best, days);
            }
        }
        return best;
    }

    private static LocalDate date(DayMonthDate written, LocalDate filed) {
        try {
            if (written.year() > 0) {
                return LocalDate.of(written.year(), written.month(), written.day());
            }
            LocalDate nearest = null;
            for (int y = filed.getYear() - 1; y <= filed.getYear() + 1; y++) {
                LocalDate d = LocalDate.of(y, written.month(), written.day());
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
