package se.trygghetsnav.walk;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The rules of a citizen promise's period and yearly follow-up. A promise is current while today
 * lies in its period. Every calendar year the period touches gets a follow-up, due on the last day
 * of that year, or on the last day of the period if the period ends earlier.
 */
public final class PromiseRules {

    private PromiseRules() {}

    public static boolean current(LocalDate from, LocalDate to, LocalDate today) {
        return !today.isBefore(from) && !today.isAfter(to);
    }

    /** The years that get a follow-up, in order. */
    public static List<Integer> followUpYears(LocalDate from, LocalDate to) {
        return IntStream.rangeClosed(from.getYear(), to.getYear()).boxed().toList();
    }

    /** When the follow-up of a year is due. */
    public static LocalDate followUpDue(LocalDate from, LocalDate to, int year) {
        if (year < from.getYear() || year > to.getYear()) {
            throw new IllegalArgumentException(year + " ligger utanför perioden " + from + "–" + to);
        }
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        return to.isBefore(endOfYear) ? to : endOfYear;
    }

    /** An activity is overdue when it has a due date in the past and is neither done nor cancelled. */
    public static boolean activityOverdue(PromiseActivityStatus status, LocalDate due, LocalDate today) {
        return due != null && due.isBefore(today) && !status.closed();
    }

    /** The year to follow up by default: this year if it lies in the period, else the nearest year of the period. */
    public static int defaultFollowUpYear(LocalDate from, LocalDate to, LocalDate today) {
        return Math.max(from.getYear(), Math.min(to.getYear(), today.getYear()));
    }
}
