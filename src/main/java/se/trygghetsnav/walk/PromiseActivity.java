package se.trygghetsnav.walk;

import java.time.LocalDate;

/** An activity of a citizen promise, with its owner and status. */
public record PromiseActivity(long id, long promiseId, String description, Long ownerOrganisationId, String ownerName,
        PromiseActivityStatus status, LocalDate dueDate, boolean overdue) {}
