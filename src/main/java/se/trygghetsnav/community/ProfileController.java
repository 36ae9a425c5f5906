package se.trygghetsnav.community;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsnav.account.AccessTokens;

/** A member's profile (display name, text) and their access tokens for the API. */
@Controller
class ProfileController {

    private final MemberService members;
    private final AccessTokens tokens;

    ProfileController(MemberService members, AccessTokens tokens) {
        this.members = members;
        this.tokens = tokens;
    }

    @GetMapping("/samverkan/profil")
    String profile(CommunityUser user, Model model) {
        MemberService.Profile profile = members.profile(user.userId()).orElseThrow(NotAMemberException::new);
        return page(user, profile, Map.of("displayName", profile.displayName(), "profileText", profile.profileText()), Map.of(), model);
    }

    @PostMapping("/samverkan/profil")
    String save(CommunityUser user, @RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        String name = params.getOrDefault("displayName", "");
        String text = params.getOrDefault("profileText", "");
        Map<String, String> errors = ProfileRules.problems(name, text);
        if (!errors.isEmpty()) {
            return page(user, members.profile(user.userId()).orElseThrow(NotAMemberException::new), params, errors, model);
        }
        members.updateProfile(user.userId(), name, text);
        flash.addFlashAttribute("message", "community.profile.saved");
        return "redirect:/samverkan/profil";
    }

    @PostMapping("/samverkan/profil/nycklar")
    String createToken(CommunityUser user, @RequestParam(defaultValue = "") String name, RedirectAttributes flash) {
        if (name.isBlank() || name.length() > 100) {
            flash.addFlashAttribute("message", "account.token.nameRequired");
            return "redirect:/samverkan/profil";
        }
        flash.addFlashAttribute("newToken", tokens.create(user.userId(), name));
        flash.addFlashAttribute("newTokenName", name.strip());
        return "redirect:/samverkan/profil";
    }

    @PostMapping("/samverkan/profil/nycklar/{id}/aterkalla")
    String revokeToken(CommunityUser user, @PathVariable long id, RedirectAttributes flash) {
        tokens.revoke(user.userId(), id);
        flash.addFlashAttribute("message", "account.token.revoked");
        return "redirect:/samverkan/profil";
    }

    private String page(CommunityUser user, MemberService.Profile profile, Map<String, String> values, Map<String, String> errors,
            Model model) {
        model.addAttribute("profile", profile);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("tokens", tokens.list(user.userId()));
        return "community/profile";
    }
}
