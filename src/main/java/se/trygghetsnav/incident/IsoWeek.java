package se.trygghetsnav.incident;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO 8601 week, written 2026-W48; it starts on a Monday. */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        if (week < 1 || week > 53) {
            throw new IllegalArgumentException("Week " + week);
        }
    }

    public static IsoWeek of(LocalDate day) {
        Objects.requireNonNull(day);
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Parses 2026-W48; refuses a week 53 in a year that has none. */
    public static IsoWeek parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new DateTimeParseException("Not an ISO week: " + text, String.valueOf(text), 0);
        }
        int number = Integer.parseInt(matcher.group(2));
        if (number < 1 || number > 53) {
            throw new DateTimeParseException("No such week: " + text, text, 0);
        }
        IsoWeek week = new IsoWeek(Integer.parseInt(matcher.group(1)), number);
        if (!IsoWeek.of(week.monday()).equals(week)) {
            throw new DateTimeParseException("No such week: " + text, text, 0);
        }
        return week;
    }

    public LocalDate monday() {
        LocalDate fourthOfJanuary = LocalDate.of(year, 1, 4);
        return fourthOfJanuary.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(week - 1L);
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public IsoWeek plus(int weeks) {
        return of(monday().plusWeeks(weeks));
    }

    @Override
    public int compareTo(IsoWeek other) {
        return monday().compareTo(other.monday());
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }
}
