package se.trygghetsnav.walk;

import java.time.LocalDate;
import java.util.List;

/** The yearly follow-up of a citizen promise: what was achieved, and each activity's status at the time. */
public record PromiseFollowUp(long id, int year, String achieved, LocalDate writtenOn, List<ActivityStatus> activities) {

    public PromiseFollowUp {
        activities = List.copyOf(activities);
    }

    /** An activity's status when the follow-up was written. */
    public record ActivityStatus(long activityId, String description, PromiseActivityStatus status) {}
}
