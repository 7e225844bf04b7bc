package io.incidentalerts.classifier.text;

import java.util.List;

/**
 * A day and month written at a token ("3 JAN 90", "June 3", "Dec. 2, 2005"), as datelines and
 * body sentences write them. {@code year} is 0 when none follows; {@code end} is the token after the
 * date.
 */
public record DayMonthDate(int day, int month, int year, int end) {

    /** The date that starts at token {@code at} and ends before {@code to}, or null. */
    public static DayMonthDate at(List<Token> tokens, int at, int to) {
        if (number(tokens, at, to) && dayOfMonth(tokens, at) > 0 && word(tokens, at + 1, to)
                && Months.number(tokens.get(at + 1).norm()) > 0) {
            int j = skipDot(tokens, at + 2, to);
            boolean year = number(tokens, j, to) && year(tokens, j) > 0;
            return new DayMonthDate(dayOfMonth(tokens, at), Months.number(tokens.get(at + 1).norm()),
                    year ? year(tokens, j) : 0, year ? j + 1 : j);
        }
        if (word(tokens, at, to) && Months.number(tokens.get(at).norm()) > 0) {
            int j = skipDot(tokens, at + 1, to);
            if (number(tokens, j, to) && dayOfMonth(tokens, j) > 0) {
                boolean year = j + 2 < to && tokens.get(j + 1).is(",") && number(tokens, j + 2, to)
                        && tokens.get(j + 2).norm().length() == 4;
                return new DayMonthDate(dayOfMonth(tokens, j), Months.number(tokens.get(at).norm()),
                        year ? year(tokens, j + 2) : 0, year ? j + 3 : j + 1);
            }
        }
        return null;
    }

    private static int skipDot(List<Token> tokens, int at, int to) {
        return at < to && tokens.get(at).is(".") ? at + 1 : at;
    }

    private static int dayOfMonth(List<Token> tokens, int at) {
        String n = tokens.get(at).norm();
        int d = n.length() <= 2 ? Integer.parseInt(n) : 0;
        return d >= 1 && d <= 31 ? d : 0;
    }

    // "90" is 1990 and "05" 2005; four digits are taken as written
    private static int year(List<Token> tokens, int at) {
        String n = tokens.get(at).norm();
        if (n.length() == 2) {
            int yy = Integer.parseInt(n);
            return yy >= 30 ? 1900 + yy : 2000 + yy;
        }
        return n.length() == 4 ? Integer.parseInt(n) : 0;
    }

    private static boolean word(List<Token> tokens, int at, int to) {
        return at < to && tokens.get(at).kind() == Token.Kind.WORD && !tokens.get(at).norm().isEmpty();
    }

    /** A plain run of ASCII digits ("3", "90", "1990"; not "1,200" or "3.5"). */
    private static boolean number(List<Token> tokens, int at, int to) {
        if (at >= to || tokens.get(at).kind() != Token.Kind.NUMBER) {
            return false;
        }
        String n = tokens.get(at).norm();
        for (int i = 0; i < n.length(); i++) {
            if (n.charAt(i) < '0' || n.charAt(i) > '9') {
                return false;
            }
        }
        return !n.isEmpty();
    }
}
