package se.trygghetsnav.walk;

import java.time.LocalDate;

/** When a working group that meets a number of times a year should meet next. */
public final class MeetingCadence {

    private MeetingCadence() {}

    /** The last meeting plus a year divided by the cadence; a group that has never met is due today. */
    public static LocalDate nextDue(LocalDate lastMeeting, int meetingsPerYear, LocalDate today) {
        if (meetingsPerYear < 1 || meetingsPerYear > 12) {
            throw new IllegalArgumentException("Mellan 1 och 12 möten om året");
        }
        return lastMeeting == null ? today : lastMeeting.plusMonths(12 / meetingsPerYear);
    }
}
