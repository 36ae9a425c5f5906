package se.trygghetsnav.community;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.trygghetsnav.account.AccountPrincipal;
import se.trygghetsnav.platform.Role;

/** Controllers take a {@link CommunityUser}: the logged-in person as a member of their home community. */
@Configuration(proxyBeanMethods = false)
class CommunityWebConfiguration implements WebMvcConfigurer {

    private final JdbcClient jdbc;

    CommunityWebConfiguration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType().equals(CommunityUser.class);
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                    WebDataBinderFactory binderFactory) {
                CommunityUser user = current();
                refuseOtherCommunity(user, request.getParameter("kommun"));
                refuseOtherCommunity(user, request.getParameter("municipality"));
                return user;
            }
        });
    }

    private CommunityUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            throw new AuthenticationCredentialsNotFoundException("Inloggning krävs");
        }
        record Row(String municipalityCode, String kind, boolean banned) {}
        Row row = jdbc.sql("SELECT municipality_code, kind, banned_at IS NOT NULL AS banned FROM community_member WHERE user_id = ?")
                .param(principal.userId()).query(Row.class).optional().orElseThrow(NotAMemberException::new);
        return new CommunityUser(principal.userId(), principal.getUsername(), principal.displayName(), row.municipalityCode(),
                MemberKind.valueOf(row.kind()), row.banned(), platformRoles(authentication), principal.memberships());
    }

    /**
     * A member acts in their home community only; asking for another municipality is refused (403).
     * Platform moderators work across municipalities and use the parameter to filter their queue.
     */
    private static void refuseOtherCommunity(CommunityUser user, String asked) {
        if (asked != null && !asked.isBlank() && !asked.strip().equals(user.municipalityCode()) && !user.isModerator()) {
            throw new AccessDeniedException("Du är med i samverkan i en annan kommun");
        }
    }

    private static Set<Role> platformRoles(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name.equals("ROLE_" + Role.OPERATOR)) {
                roles.add(Role.OPERATOR);
            } else if (name.equals("ROLE_" + Role.MODERATOR)) {
                roles.add(Role.MODERATOR);
            }
        }
        return roles;
    }
}
