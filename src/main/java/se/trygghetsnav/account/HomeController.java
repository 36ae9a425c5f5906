package se.trygghetsnav.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where a person lands after logging in: their most likely next step; without a municipal role, the community. */
@Controller
class HomeController {

    @GetMapping("/hem")
    String home(Authentication authentication) {
        var roles = AuthorityUtils.authorityListToSet(authentication.getAuthorities());
        if (roles.contains("ROLE_COORDINATOR") || roles.contains("ROLE_ANALYST") || roles.contains("ROLE_MANAGER")) {
            return "redirect:/lagesbild/vecka";
        }
        if (roles.contains("ROLE_REPORTER")) {
            return "redirect:/lagesbild/mina-rapporter";
        }
        if (roles.contains("ROLE_OPERATOR")) {
            return "redirect:/operator/barometern";
        }
        return "redirect:/samverkan";
    }
}
