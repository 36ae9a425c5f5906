package se.trygghetsnav.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password, typed twice. */
public record PasswordForm(
        @NotNull @Size(min = 12, max = 200, message = "{password.length}") String password,
        String confirmation) {

    @AssertTrue(message = "{password.mismatch}")
    public boolean isConfirmed() {
        return password != null && password.equals(confirmation);
    }

    public static PasswordForm empty() {
        return new PasswordForm("", "");
    }
}
