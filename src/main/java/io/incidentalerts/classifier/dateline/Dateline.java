package io.incidentalerts.classifier.dateline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The dateline that opens wire copy ("SAN SALVADOR, 12 MAR 90 (RADIO CADENA) --", "ALMATY,
 * Kazakhstan (AP) --", "KABUL, June 3 (Reuters) -"): where the story was filed, when, and by whom.
 * Offsets are char indexes into the analysed text; [{@code start}, {@code end}) is the dateline
 * without its separator. {@code qualifierStart} is -1 when no country or area follows the place;
 * {@code year}, {@code month} and {@code day} are 0 when the dateline does not say them;
 * {@code source} is the source marker as written, or null.
 */
public record Dateline(int start, int end, int placeStart, int placeEnd, int qualifierStart, int qualifierEnd,
                       int year, int month, int day, String source) {

    /** The place as written ("SAN SALVADOR"). */
    public String place(String text) {
        return text.substring(placeStart, placeEnd);
    }

    /** The country or area after the place ("Kazakhstan" in "ALMATY, Kazakhstan (AP)"). */
    public Optional<String> qualifier(String text) {
        return qualifierStart < 0 ? Optional.empty() : Optional.of(text.substring(qualifierStart, qualifierEnd));
    }

    /** The filing date when the dateline gives day, month and year. */
    public Optional<LocalDate> date() {
        return date(year);
    }

    /** The filing date, with {@code fallbackYear} (the publication year) when the dateline has none. */
    public Optional<LocalDate> date(int fallbackYear) {
        int y = year > 0 ? year : fallbackYear;
        if (y <= 0 || month == 0 || day == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(y, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the qualifier stands in brackets ("MADRID (SPAIN), 8 JAN 90"): the form that names a
     * bureau's country, where wire copy filed abroad keeps the event's country for the body.
     */
    public boolean qualifierInBrackets(String text) {
        int i = qualifierStart - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return qualifierStart > 0 && i >= 0 && text.charAt(i) == '(';
    }

    /**
     * Whether the chars [from, to) lie after the place and its qualifier, in the date or the source
     * marker ("NACIONAL" in "CLANDESTINE, 17 NOV 89 (CADENA REVOLUCIONARIA NACIONAL) --").
     */
    public boolean afterPlaceCovers(int from, int to) {
        return from >= Math.max(placeEnd, qualifierEnd) && to <= end;
    }

    /** Whether the chars [from, to) lie in the place ("ALMATY", not its qualifier "Kazakhstan"). */
    public boolean placeCovers(int from, int to) {
        return from >= placeStart && to <= placeEnd;
    }
}
