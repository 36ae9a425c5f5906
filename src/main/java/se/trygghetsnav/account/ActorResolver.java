package se.trygghetsnav.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import se.trygghetsnav.platform.Role;

/**
 * Resolves the {@link Actor} of a request: the logged-in person and the municipality they act in
 * (the one chosen with {@code ?kommun=1452} and remembered in the session, or their first).
 * A municipality the person has no membership in is refused with 403.
 */
class ActorResolver implements HandlerMethodArgumentResolver {

    static final String SESSION_KEY = "trygghetsnav.municipality";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Actor.class);
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        return resolve(webRequest.getNativeRequest(HttpServletRequest.class));
    }

    static Actor resolve(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            throw new AuthenticationCredentialsNotFoundException("Inloggning krävs");
        }
        List<Membership> memberships = principal.memberships();
        if (memberships.isEmpty()) {
            throw new AccessDeniedException("Kontot hör inte till någon kommun");
        }
        String requested = firstNonBlank(request.getParameter("kommun"), request.getParameter("municipality"),
                request.getHeader("X-Municipality"));
        HttpSession session = request.getSession(false);
        if (requested == null && session != null) {
            requested = (String) session.getAttribute(SESSION_KEY);
        }
        String municipality = requested == null ? memberships.get(0).municipalityCode() : requested;
        List<Membership> here = memberships.stream().filter(m -> m.municipalityCode().equals(municipality)).toList();
        if (here.isEmpty()) {
            throw new AccessDeniedException("Ingen behörighet i kommun " + municipality);
        }
        if (session != null && request.getParameter("kommun") != null) {
            session.setAttribute(SESSION_KEY, municipality);
        }
        Set<Role> roles = here.stream().map(Membership::role).collect(Collectors.toSet());
        return new Actor(principal.userId(), principal.getUsername(), principal.displayName(), municipality,
                here.get(0).municipalityName(), roles, memberships);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
