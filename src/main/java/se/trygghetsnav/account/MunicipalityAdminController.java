package se.trygghetsnav.account;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.Role;

/** The coordinator manages the municipality's organisations and people. */
@Controller
@RequestMapping("/kommun")
class MunicipalityAdminController {

    private final AccountService accounts;

    MunicipalityAdminController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/personer")
    String people(Actor actor, Model model) {
        actor.require(Role.COORDINATOR);
        return peoplePage(actor, InviteForm.empty(), model);
    }

    @PostMapping("/personer")
    String invite(Actor actor, @Valid @ModelAttribute("invite") InviteForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        actor.require(Role.COORDINATOR);
        if (errors.hasErrors()) {
            return peoplePage(actor, form, model);
        }
        accounts.invite(actor, form);
        flash.addFlashAttribute("message", "people.invited.message");
        flash.addFlashAttribute("invitedEmail", form.email().strip());
        return "redirect:/kommun/personer";
    }

    @GetMapping("/organisationer")
    String organisations(Actor actor, Model model) {
        actor.require(Role.COORDINATOR, Role.ANALYST, Role.MANAGER, Role.REPORTER);
        model.addAttribute("actor", actor);
        model.addAttribute("organisations", accounts.organisations(actor.municipalityCode()));
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("partnerCandidates", actor.has(Role.COORDINATOR)
                ? accounts.partnerCandidates(actor.municipalityCode()) : List.of());
        return "account/organisations";
    }

    @PostMapping("/organisationer")
    String createOrganisation(Actor actor, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "OTHER") OrganisationKind kind, RedirectAttributes flash) {
        if (name.isBlank() || name.length() > 200) {
            flash.addFlashAttribute("message", "organisations.nameRequired");
            return "redirect:/kommun/organisationer";
        }
        accounts.createOrganisation(actor, name, kind);
        flash.addFlashAttribute("message", "organisations.created");
        return "redirect:/kommun/organisationer";
    }

    @PostMapping("/organisationer/samarbetspart")
    String addPartner(Actor actor, @RequestParam long organisationId, RedirectAttributes flash) {
        try {
            accounts.addPartner(actor, organisationId);
            flash.addFlashAttribute("message", "organisations.partnerAdded");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("message", "organisations.partnerRefused");
        }
        return "redirect:/kommun/organisationer";
    }

    private String peoplePage(Actor actor, InviteForm form, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("people", accounts.people(actor.municipalityCode()));
        model.addAttribute("organisations", accounts.organisations(actor.municipalityCode()));
        model.addAttribute("roles", new Role[] {Role.COORDINATOR, Role.REPORTER, Role.ANALYST, Role.MANAGER});
        model.addAttribute("invite", form);
        return "account/people";
    }
}
