package se.trygghetsnav.barometer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** The optional contact page; all fields may be empty. */
public record ContactDetails(
        @Size(max = 200, message = "{contact.tooLong}") String name,
        @Size(max = 200, message = "{contact.tooLong}") String title,
        @Size(max = 200, message = "{contact.tooLong}") String organisation,
        @Size(max = 254, message = "{contact.tooLong}") @Email(message = "{contact.email.invalid}") String email,
        Boolean linkResult) {

    public static ContactDetails empty() {
        return new ContactDetails("", "", "", "", false);
    }

    /** Only an explicit tick links the result; an absent box means no. */
    public boolean linksResult() {
        return Boolean.TRUE.equals(linkResult);
    }

    public boolean isEmpty() {
        return isBlank(name) && isBlank(title) && isBlank(organisation) && isBlank(email);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
