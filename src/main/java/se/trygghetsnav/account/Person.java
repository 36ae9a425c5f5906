package se.trygghetsnav.account;

import java.util.List;

/** A person with their roles in one municipality, for lists and for sending messages. */
public record Person(long userId, String email, String displayName, boolean active, List<String> roles,
        List<String> organisations) {

    public Person {
        roles = List.copyOf(roles);
        organisations = List.copyOf(organisations);
    }
}
