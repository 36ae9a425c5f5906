package se.trygghetsnav.account;

import java.util.Objects;
import se.trygghetsnav.platform.Role;

/** A person's role for an organisation in a municipality. */
public record Membership(long organisationId, String organisationName, String municipalityCode, String municipalityName,
        Role role) {

    public Membership {
        Objects.requireNonNull(municipalityCode);
        Objects.requireNonNull(role);
    }
}
