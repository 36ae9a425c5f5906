package se.trygghetsnav.measure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A measure (åtgärd) as read: with the names of its area and owner organisation; {@code method} is
 * the slug of the knowledge bank method it uses, or null.
 */
public record Measure(long id, String municipalityCode, String title, String description, String problem, Long areaId,
        String areaName, Long ownerOrganisationId, String ownerOrganisationName, String ownerPerson, LocalDate startDate,
        LocalDate dueDate, MeasureStatus status, LocalDate proposedInWeek, OffsetDateTime createdAt, List<Long> categoryIds,
        String method) {

    public Measure {
        Objects.requireNonNull(municipalityCode);
        Objects.requireNonNull(title);
        Objects.requireNonNull(status);
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
    }

    /** A measure that names no method (the knowledge bank's slug of its way of working). */
    public Measure(long id, String municipalityCode, String title, String description, String problem, Long areaId,
            String areaName, Long ownerOrganisationId, String ownerOrganisationName, String ownerPerson, LocalDate startDate,
            LocalDate dueDate, MeasureStatus status, LocalDate proposedInWeek, OffsetDateTime createdAt, List<Long> categoryIds) {
        this(id, municipalityCode, title, description, problem, areaId, areaName, ownerOrganisationId, ownerOrganisationName,
                ownerPerson, startDate, dueDate, status, proposedInWeek, createdAt, categoryIds, null);
    }

    /** Past its due date and neither done nor cancelled. */
    public boolean overdue(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && !status.isFinal();
    }
}
