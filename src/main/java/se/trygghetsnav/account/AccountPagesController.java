package se.trygghetsnav.account;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsnav.platform.NotFoundException;

/** One-time links (invitation, password reset), forgotten password, and the profile with access tokens. */
@Controller
@RequestMapping("/konto")
class AccountPagesController {

    private final AccountService accounts;
    private final AccessTokens accessTokens;

    AccountPagesController(AccountService accounts, AccessTokens accessTokens) {
        this.accounts = accounts;
        this.accessTokens = accessTokens;
    }

    @GetMapping({"/aktivera/{token}", "/aterstall/{token}"})
    String choosePassword(@PathVariable String token, Model model) {
        if (!accounts.isUsableAccountToken(token)) {
            throw new NotFoundException("Länken är ogiltig eller har redan använts");
        }
        model.addAttribute("password", PasswordForm.empty());
        model.addAttribute("token", token);
        return "account/choose-password";
    }

    @PostMapping({"/aktivera/{token}", "/aterstall/{token}"})
    String setPassword(@PathVariable String token, @Valid @ModelAttribute("password") PasswordForm form, BindingResult errors,
            Model model, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            model.addAttribute("token", token);
            return "account/choose-password";
        }
        String email = accounts.setPasswordWithToken(token, form.password());
        flash.addFlashAttribute("message", "account.password.set");
        flash.addFlashAttribute("email", email);
        return "redirect:/logga-in";
    }

    @GetMapping("/glomt-losenord")
    String forgotten() {
        return "account/forgotten-password";
    }

    @PostMapping("/glomt-losenord")
    String sendReset(@RequestParam(defaultValue = "") String email, RedirectAttributes flash) {
        accounts.requestPasswordReset(email);
        flash.addFlashAttribute("message", "account.reset.sent");
        return "redirect:/konto/glomt-losenord";
    }

    @GetMapping("/profil")
    String profile(Actor actor, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("tokens", accessTokens.list(actor.userId()));
        return "account/profile";
    }

    @PostMapping("/profil/nycklar")
    String createToken(Actor actor, @RequestParam(defaultValue = "") String name, Model model, RedirectAttributes flash) {
        if (name.isBlank() || name.length() > 100) {
            flash.addFlashAttribute("message", "account.token.nameRequired");
            return "redirect:/konto/profil";
        }
        flash.addFlashAttribute("newToken", accessTokens.create(actor.userId(), name));
        flash.addFlashAttribute("newTokenName", name.strip());
        return "redirect:/konto/profil";
    }

    @PostMapping("/profil/nycklar/{id}/aterkalla")
    String revokeToken(Actor actor, @PathVariable long id, RedirectAttributes flash) {
        accessTokens.revoke(actor.userId(), id);
        flash.addFlashAttribute("message", "account.token.revoked");
        return "redirect:/konto/profil";
    }
}
