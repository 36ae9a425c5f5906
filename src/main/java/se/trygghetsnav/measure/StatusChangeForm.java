package se.trygghetsnav.measure;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new status with an optional note (the decision, or why it was cancelled); page form and API body. */
public record StatusChangeForm(
        @NotNull(message = "{measure.status.required}") MeasureStatus status,
        @Size(max = 4000, message = "{measure.note.tooLong}") String note) {

    public static StatusChangeForm empty() {
        return new StatusChangeForm(null, "");
    }
}
