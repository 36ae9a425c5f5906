package se.trygghetsnav.walk;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The follow-up rules of a safety walk (Tranemo's way of working): a safety meeting in the locality
 * within a month of the walk, and feedback to the locality about six months after it.
 */
public final class FollowUpRules {

    static final int WEEKS_TO_MEETING = 3;
    static final int MONTHS_TO_FEEDBACK = 6;

    private FollowUpRules() {}

    /**
     * The proposed follow-up meeting: three weeks after the walk, moved to the next Tuesday when that
     * falls on a Friday to Monday (meetings are held Tuesday to Thursday evenings). Always within a month.
     */
    public static LocalDate followUpMeeting(LocalDate walkDate) {
        LocalDate proposed = walkDate.plusWeeks(WEEKS_TO_MEETING);
        DayOfWeek day = proposed.getDayOfWeek();
        if (day == DayOfWeek.TUESDAY || day == DayOfWeek.WEDNESDAY || day == DayOfWeek.THURSDAY) {
            return proposed;
        }
        return proposed.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
    }

    /** The feedback to the locality: six months after the walk. */
    public static LocalDate feedback(LocalDate walkDate) {
        return walkDate.plusMonths(MONTHS_TO_FEEDBACK);
    }

    /** A follow-up is overdue when its date has passed and it is not done. */
    public static boolean overdue(LocalDate due, boolean done, LocalDate today) {
        return due != null && !done && due.isBefore(today);
    }
}
