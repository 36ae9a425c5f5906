package se.trygghetsnav.community;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import se.trygghetsnav.account.Membership;
import se.trygghetsnav.platform.Role;

/**
 * The logged-in member of the community platform, resolved for every controller that takes it as
 * a parameter. Their home municipality is the community (tenant) they take part in. A logged-in
 * person who has not yet joined (accepted the code of conduct) gets {@link NotAMemberException}.
 */
public record CommunityUser(long userId, String email, String displayName, String municipalityCode, MemberKind kind,
        boolean banned, Set<Role> platformRoles, List<Membership> memberships) {

    public CommunityUser {
        Objects.requireNonNull(municipalityCode);
        platformRoles = Set.copyOf(platformRoles);
        memberships = List.copyOf(memberships);
    }

    public boolean isModerator() {
        return platformRoles.contains(Role.MODERATOR) || platformRoles.contains(Role.OPERATOR);
    }

    /** Whether the person holds a municipal role (e.g. COORDINATOR) in their community's municipality. */
    public boolean hasMunicipalRole(Role role) {
        return memberships.stream().anyMatch(m -> m.municipalityCode().equals(municipalityCode) && m.role() == role);
    }

    /** Refuses (403) a member banned from the platform: they may read and manage their data, not post. */
    public void requireNotBanned() {
        if (banned) {
            throw new AccessDeniedException("Kontot är avstängt från samverkansplattformen");
        }
    }
}
