package se.trygghetsnav.walk;

import java.time.LocalDate;

/** A working group with its last meeting and when the next is due. */
public record WorkingGroup(long id, String name, String purpose, String members, int meetingsPerYear, LocalDate lastMeeting,
        LocalDate nextDue, boolean overdue) {

    /** A recorded meeting of a group. */
    public record GroupMeeting(long id, LocalDate date, String minutes, String decisions, String toCoordinator) {}
}
