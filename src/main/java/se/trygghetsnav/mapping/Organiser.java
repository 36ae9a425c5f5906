package se.trygghetsnav.mapping;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.trygghetsnav.account.AccountPrincipal;
import se.trygghetsnav.platform.Role;

/**
 * Who organises mapping rounds: the operator, or a coordinator (of any municipality or regional
 * organisation). An organiser sees the rounds they created; the operator sees every round.
 */
record Organiser(long userId, boolean operator) {

    static Organiser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            throw new AuthenticationCredentialsNotFoundException("Inloggning krävs");
        }
        boolean operator = principal.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + Role.OPERATOR.name()));
        boolean coordinator = principal.memberships().stream().anyMatch(m -> m.role() == Role.COORDINATOR);
        if (!operator && !coordinator) {
            throw new AccessDeniedException("Kartläggningar ordnas av operatören eller en samordnare");
        }
        String asked = askedMunicipality();
        if (asked != null && !operator && principal.memberships().stream().noneMatch(m -> m.municipalityCode().equals(asked))) {
            // as everywhere: naming a municipality one does not belong to is refused
            throw new AccessDeniedException("Ingen behörighet i kommun " + asked);
        }
        return new Organiser(principal.userId(), operator);
    }

    private static String askedMunicipality() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        HttpServletRequest request = attributes.getRequest();
        for (String value : new String[] {request.getParameter("kommun"), request.getParameter("municipality"),
                request.getHeader("X-Municipality")}) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
