package se.trygghetsnav.measure;

import java.util.Arrays;
import java.util.List;
import se.trygghetsnav.platform.Role;

/**
 * Where a measure stands. The transitions are guarded: a proposal is decided or cancelled; a
 * decided measure starts, is done or is cancelled; one in progress is done or cancelled; done and
 * cancelled are final.
 */
public enum MeasureStatus {
    PROPOSED,
    DECIDED,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    /** True when a measure in this status may move to {@code next}. */
    public boolean canMoveTo(MeasureStatus next) {
        if (next == null) {
            return false;
        }
        return switch (this) {
            case PROPOSED -> next == DECIDED || next == CANCELLED;
            case DECIDED -> next == IN_PROGRESS || next == DONE || next == CANCELLED;
            case IN_PROGRESS -> next == DONE || next == CANCELLED;
            case DONE, CANCELLED -> false;
        };
    }

    /** The statuses this one may move to, in workflow order. */
    public List<MeasureStatus> nextStatuses() {
        return Arrays.stream(values()).filter(this::canMoveTo).toList();
    }

    /** Done and cancelled measures are closed: never overdue, never changed again. */
    public boolean isFinal() {
        return this == DONE || this == CANCELLED;
    }

    /**
     * Who may move a measure to this status: deciding is for the managers who receive the
     * lägesbild and the coordinator; the rest of the follow-up is the coordinator's and the analyst's.
     */
    public List<Role> rolesAllowedToSet() {
        return this == DECIDED ? List.of(Role.MANAGER, Role.COORDINATOR) : List.of(Role.COORDINATOR, Role.ANALYST);
    }

    public String messageKey() {
        return "measure.status." + name();
    }
}
