package se.trygghetsnav.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.trygghetsnav.platform.Role;

/** A coordinator invites a person to act for an organisation with a role. */
public record InviteForm(
        @NotBlank(message = "{invite.email.required}") @Email(message = "{contact.email.invalid}") @Size(max = 254) String email,
        @NotBlank(message = "{invite.name.required}") @Size(max = 200, message = "{contact.tooLong}") String displayName,
        @NotNull(message = "{invite.organisation.required}") Long organisationId,
        @NotNull(message = "{invite.role.required}") Role role) {

    public static InviteForm empty() {
        return new InviteForm("", "", null, Role.REPORTER);
    }
}
