package se.trygghetsnav.measure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A follow-up note on how a measure is going; page form and API body. */
public record FollowUpForm(
        @NotBlank(message = "{measure.followUp.required}") @Size(max = 4000, message = "{measure.note.tooLong}") String note) {

    public static FollowUpForm empty() {
        return new FollowUpForm("");
    }
}
