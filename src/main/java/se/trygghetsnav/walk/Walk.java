package se.trygghetsnav.walk;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** A safety walk as read from the database. */
public record Walk(long id, String municipalityCode, long localityId, String localityName, LocalDate walkDate,
        LocalTime startTime, String meetingPoint, String invitedOrganisations, String invitation,
        String participantOrganisations, Integer residentCount, OffsetDateTime completedAt, LocalDate followUpMeetingDate,
        boolean followUpMeetingDone, LocalDate feedbackDate, boolean feedbackDone, int observationCount, boolean photosPublic) {

    public boolean completed() {
        return completedAt != null;
    }

    public boolean meetingOverdue(LocalDate today) {
        return FollowUpRules.overdue(followUpMeetingDate, followUpMeetingDone, today);
    }

    public boolean feedbackOverdue(LocalDate today) {
        return FollowUpRules.overdue(feedbackDate, feedbackDone, today);
    }
}
