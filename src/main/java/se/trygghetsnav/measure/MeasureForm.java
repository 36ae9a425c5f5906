package se.trygghetsnav.measure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.format.annotation.DateTimeFormat;

/** What a person types to propose or edit a measure; the same record is the API's request body. */
public record MeasureForm(
        @NotBlank(message = "{measure.title.required}") @Size(max = 200, message = "{measure.title.tooLong}") String title,
        @Size(max = 4000, message = "{measure.description.tooLong}") String description,
        @Size(max = 4000, message = "{measure.problem.tooLong}") String problem,
        Long areaId,
        Long ownerOrganisationId,
        @Size(max = 200, message = "{measure.ownerPerson.tooLong}") String ownerPerson,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
        List<Long> categoryIds,
        @Size(max = 100, message = "{measure.method.tooLong}") String method) {

    @JsonCreator
    public MeasureForm {
        categoryIds = categoryIds == null ? List.of() : categoryIds.stream().filter(Objects::nonNull).distinct().toList();
    }

    /** A form that names no method. */
    public MeasureForm(String title, String description, String problem, Long areaId, Long ownerOrganisationId,
            String ownerPerson, LocalDate startDate, LocalDate dueDate, List<Long> categoryIds) {
        this(title, description, problem, areaId, ownerOrganisationId, ownerPerson, startDate, dueDate, categoryIds, null);
    }

    public static MeasureForm empty() {
        return new MeasureForm("", "", "", null, null, "", null, null, List.of(), null);
    }

    public static MeasureForm of(Measure measure) {
        return new MeasureForm(measure.title(), measure.description(), measure.problem(), measure.areaId(),
                measure.ownerOrganisationId(), measure.ownerPerson(), measure.startDate(), measure.dueDate(),
                measure.categoryIds(), measure.method());
    }

    /** The due date may not come before the start date (either may be left empty). */
    @JsonIgnore
    @AssertTrue(message = "{measure.dueDate.beforeStart}")
    public boolean isDueDateNotBeforeStart() {
        return startDate == null || dueDate == null || !dueDate.isBefore(startDate);
    }
}
