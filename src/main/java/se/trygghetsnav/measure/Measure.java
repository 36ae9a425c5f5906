package se.trygghetsnav.measure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** A measure (åtgärd) as read: with the names of its area and owner organisation. */
public record Measure(long id, String municipalityCode, String title, String description, String problem, Long areaId,
        String areaName, Long ownerOrganisationId, String ownerOrganisationName, String ownerPerson, LocalDate startDate,
        LocalDate dueDate, MeasureStatus status, LocalDate proposedInWeek, OffsetDateTime createdAt, List<Long> categoryIds) {

    public Measure {
        Objects.requireNonNull(municipalityCode);
        Objects.requireNonNull(title);
        Objects.requireNonNull(status);
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
    }

    /** Past its due date and neither done nor cancelled. */
    public boolean overdue(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && !status.isFinal();
    }
}
