package se.trygghetsnav.community;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsnav.account.AccountPrincipal;

/** Joining the community platform: sign-up without an account, joining with one, and the code of conduct. */
@Controller
class SignUpController {

    private final MemberService members;
    private final UserDetailsService users;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SignUpController(MemberService members, UserDetailsService users) {
        this.members = members;
        this.users = users;
    }

    @GetMapping("/samverkan/uppforandekod")
    String codeOfConduct(Model model) {
        model.addAttribute("version", CodeOfConduct.VERSION);
        return "community/code-of-conduct";
    }

    @GetMapping("/samverkan/registrera")
    String signUpForm(Model model) {
        return signUpPage(Map.of("kind", "RESIDENT"), Map.of(), model);
    }

    @PostMapping("/samverkan/registrera")
    String signUp(@RequestParam Map<String, String> params, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes flash) {
        SignUpForm form = SignUpForm.from(params);
        Map<String, String> errors = new LinkedHashMap<>(form.problems());
        if (!errors.containsKey("municipality") && !members.municipalityNames().containsKey(form.municipality())) {
            errors.put("municipality", "community.signup.error.municipality");
        }
        if (errors.isEmpty()) {
            try {
                members.signUp(form);
                logIn(form.email(), request, response);
                flash.addFlashAttribute("message", "community.signup.welcome");
                return "redirect:/samverkan";
            } catch (MemberService.EmailTakenException e) {
                errors.put("email", "community.signup.error.taken");
            }
        }
        Map<String, String> kept = new LinkedHashMap<>(params);
        kept.remove("password");
        kept.remove("_csrf");
        return signUpPage(kept, errors, model);
    }

    /** The standard way: an authenticated context, stored in a new session (its id changes on login). */
    private void logIn(String email, HttpServletRequest request, HttpServletResponse response) {
        UserDetails principal = users.loadUserByUsername(email);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        holder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        contexts.saveContext(context, request, response);
    }

    private String signUpPage(Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("municipalities", members.municipalityNames());
        model.addAttribute("version", CodeOfConduct.VERSION);
        return "community/signup";
    }

    @GetMapping("/samverkan/ga-med")
    String joinForm(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        if (members.isMember(principal.userId())) {
            return "redirect:/samverkan";
        }
        String home = principal.memberships().isEmpty() ? "" : principal.memberships().get(0).municipalityCode();
        return joinPage(principal, Map.of("municipality", home, "kind", principal.memberships().isEmpty() ? "RESIDENT" : "STAFF"),
                Map.of(), model);
    }

    @PostMapping("/samverkan/ga-med")
    String join(@AuthenticationPrincipal AccountPrincipal principal, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        String municipality = params.getOrDefault("municipality", "");
        if (!members.municipalityNames().containsKey(municipality)) {
            errors.put("municipality", "community.signup.error.municipality");
        }
        MemberKind kind;
        try {
            kind = MemberKind.valueOf(params.getOrDefault("kind", "RESIDENT"));
            if (kind == MemberKind.STAFF && principal.memberships().isEmpty()) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            kind = MemberKind.RESIDENT;
            errors.put("kind", "community.signup.error.kind");
        }
        if (!"true".equals(params.get("acceptCode"))) {
            errors.put("acceptCode", "community.signup.error.consent");
        }
        if (!errors.isEmpty()) {
            return joinPage(principal, params, errors, model);
        }
        members.join(principal.userId(), municipality, kind);
        flash.addFlashAttribute("message", "community.join.done");
        return "redirect:/samverkan";
    }

    private String joinPage(AccountPrincipal principal, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("municipalities", members.municipalityNames());
        model.addAttribute("staff", !principal.memberships().isEmpty());
        model.addAttribute("version", CodeOfConduct.VERSION);
        return "community/join";
    }
}
