package se.trygghetsnav.account;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import se.trygghetsnav.platform.Role;

/**
 * Who is acting, and in which municipality: every query of municipal data is scoped to
 * {@link #municipalityCode()}. Controllers receive it as a parameter.
 */
public record Actor(long userId, String email, String displayName, String municipalityCode, String municipalityName,
        Set<Role> roles, List<Membership> memberships) {

    public Actor {
        Objects.requireNonNull(municipalityCode);
        roles = Set.copyOf(roles);
        memberships = List.copyOf(memberships);
    }

    public boolean has(Role... anyOf) {
        return Arrays.stream(anyOf).anyMatch(roles::contains);
    }

    /** Refuses (403) unless the actor holds one of the roles in the current municipality. */
    public void require(Role... anyOf) {
        if (!has(anyOf)) {
            throw new AccessDeniedException("Kräver någon av rollerna " + Arrays.toString(anyOf));
        }
    }

    /** Organisations the actor acts for in the current municipality. */
    public List<Long> organisationIds() {
        return memberships.stream().filter(m -> m.municipalityCode().equals(municipalityCode()))
                .map(Membership::organisationId).distinct().toList();
    }

    /** The municipalities the actor may switch between. */
    public List<Membership> municipalityChoices() {
        return memberships.stream()
                .collect(java.util.stream.Collectors.toMap(Membership::municipalityCode, m -> m, (a, b) -> a,
                        java.util.LinkedHashMap::new))
                .values().stream().toList();
    }
}
