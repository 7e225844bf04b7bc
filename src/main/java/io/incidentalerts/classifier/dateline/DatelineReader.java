package io.incidentalerts.classifier.dateline;

import io.incidentalerts.classifier.text.LanguagePack;
import io.incidentalerts.classifier.text.DayMonthDate;
import io.incidentalerts.classifier.text.Token;
import io.incidentalerts.classifier.text.Tokenizer;
import java.util.List;
import java.util.Optional;

/**
 * Reads the dateline at the head of one of the first lines of an article, from its tokens:
 * {@code [SOURCE] PLACE [, QUALIFIER | (QUALIFIER)] [, DATE] [(SOURCE)] [--]}. A line is a dateline
 * when it gives a date or a source, or is written in capitals up to a dash separator; anything
 * else in those positions (a headline, a sentence) is not one. Immutable and thread-safe.
 */
public final class DatelineReader {

    /** Lines (counted by newlines, title included) that may hold the dateline. */
    static final int LINES = 5;
    private static final int MAX_PLACE_WORDS = 4;
    private static final int MAX_BRACKET_TOKENS = 8;

    private static volatile DatelineReader english;

    private final DatelineWords words;

    private DatelineReader(DatelineWords words) {
        this.words = words;
    }

    public static DatelineReader english() {
        DatelineReader r = english;
        if (r == null) {
            r = new DatelineReader(DatelineWords.load(LanguagePack.ENGLISH));
            english = r;
        }
        return r;
    }

    /** The first dateline among the first {@value #LINES} lines, or empty. */
    public Optional<Dateline> read(String text, List<Token> tokens) {
        int line = 0;
        for (int i = 0; i < tokens.size() && line < LINES; i++) {
            Token t = tokens.get(i);
            int wrapped = i > 0 && !tokens.get(i - 1).isBreak() ? Tokenizer.newlinesBefore(text, tokens, i) : 0;
            line += wrapped;
            if (t.isBreak()) {
                int to = i + 1 < tokens.size() ? tokens.get(i + 1).start() : text.length();
                line += Tokenizer.newlines(text, t.start(), to);
            } else if (i == 0 || tokens.get(i - 1).isBreak() || wrapped > 0) {
                Dateline d = new Parse(text, tokens, i).dateline();
                if (d != null) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    /** One attempt at the line that starts at token {@code first}. */
    private final class Parse {
        private final String text;
        private final List<Token> tokens;
        private final int first;
        private int k;
        private int placeStart;
        private int placeEnd;
        private int qualifierStart = -1;
        private int qualifierEnd = -1;
        private int year;
        private int month;
        private int day;
        private boolean dated;
        private String source;
        private boolean lead;
        private int end;

        Parse(String text, List<Token> tokens, int first) {
            this.text = text;
            this.tokens = tokens;
            this.first = first;
            this.k = first;
        }

        Dateline dateline() {
            if (word(k) && words.source(tokens.get(k).norm()) && capitalised(k + 1)) { // "AFP Almaty"
                source = text.substring(tokens.get(k).start(), tokens.get(k).end());
                lead = true;
                k++;
            }
            int afterPlace = placeWords(k);
            if (afterPlace < 0) {
                return null;
            }
            placeStart = tokens.get(k).start();
            placeEnd = tokens.get(afterPlace - 1).end();
            end = placeEnd;
            k = afterPlace;
            boolean separated = false;
            while (k < tokens.size() && !lineEnds(k) && !separated) {
                Token t = tokens.get(k);
                if (t.is(",")) {
                    if (!comma()) {
                        return null;
                    }
                } else if (t.is("(")) {
                    if (!bracket()) {
                        return null;
                    }
                } else if (t.is("-")) {
                    separated = true;
                } else {
                    return null;
                }
            }
            boolean capitals = text.substring(placeStart, placeEnd).equals(
                    text.substring(placeStart, placeEnd).toUpperCase(java.util.Locale.ROOT));
            if (!dated && source == null && !(separated && capitals)) {
                return null;
            }
            return new Dateline(tokens.get(first).start(), end, placeStart, placeEnd, qualifierStart, qualifierEnd,
                    year, month, day, source);
        }

        // ", 3 JAN 90", ", June 3", ", Tuesday", ", Kazakhstan"
        private boolean comma() {
            int at = k + 1;
            int afterDate = dated ? -1 : date(at);
            if (afterDate > 0) {
                dated = true;
                return advance(afterDate);
            }
            if (!dated && word(at) && words.weekday(tokens.get(at).norm())) {
                return advance(at + 1);
            }
            int afterQualifier = qualifierStart < 0 && !dated && source == null ? placeWords(at) : -1;
            if (afterQualifier > 0) {
                qualifierStart = tokens.get(at).start();
                qualifierEnd = tokens.get(afterQualifier - 1).end();
                return advance(afterQualifier);
            }
            return false;
        }

        // "(AP)", "(RADIO CADENA)", "(ACAN - EFE)" are sources; "(SPAIN)" in "MADRID (SPAIN), 8 JAN 90" qualifies
        private boolean bracket() {
            int close = -1;
            for (int j = k + 1; j < tokens.size() && j <= k + MAX_BRACKET_TOKENS && !lineEnds(j); j++) {
                if (tokens.get(j).is(")")) {
                    close = j;
                    break;
                }
            }
            if (close < 0 || close == k + 1) {
                return false;
            }
            boolean listed = false;
            for (int j = k + 1; j < close; j++) {
                listed |= words.source(tokens.get(j).norm());
            }
            boolean nextComma = close + 1 < tokens.size() && tokens.get(close + 1).is(",");
            boolean qualifies = !listed && !dated && qualifierStart < 0 && (nextComma || lead)
                    && placeWords(k + 1) == close;
            if (qualifies) {
                qualifierStart = tokens.get(k + 1).start();
                qualifierEnd = tokens.get(close - 1).end();
            } else if (source == null || lead) {
                source = text.substring(tokens.get(k + 1).start(), tokens.get(close - 1).end());
                lead = false;
            } else {
                return false;
            }
            return advance(close + 1);
        }

        /** Token j is a break or the first word of a wrapped line: the dateline's line has ended. */
        private boolean lineEnds(int j) {
            return tokens.get(j).isBreak() || Tokenizer.newlinesBefore(text, tokens, j) > 0;
        }

        private boolean advance(int to) {
            end = tokens.get(to - 1).end();
            k = to;
            return true;
        }

        /** After "3 JAN 90", "June 3", "Dec. 2, 2005" at {@code at}, or -1. */
        private int date(int at) {
            DayMonthDate d = DayMonthDate.at(tokens, at, tokens.size());
            if (d == null) {
                return -1;
            }
            day = d.day();
            month = d.month();
            if (d.year() > 0) {
                year = d.year();
            }
            return d.end();
        }

        /** After up to {@value #MAX_PLACE_WORDS} words of a place name from {@code at}, or -1. */
        private int placeWords(int at) {
            int j = at;
            while (j < tokens.size() && j - at < MAX_PLACE_WORDS && word(j)
                    && (capitalised(j) || (j > at && words.connector(tokens.get(j).norm())))) {
                j++;
            }
            return j == at || words.month(tokens.get(at).norm()) > 0 ? -1 : j;
        }

        private boolean word(int at) {
            return at < tokens.size() && tokens.get(at).kind() == Token.Kind.WORD && !tokens.get(at).norm().isEmpty();
        }

        private boolean capitalised(int at) {
            return word(at) && Character.isUpperCase(text.charAt(tokens.get(at).start()));
        }
    }
}
