package se.trygghetsnav.community;

import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsnav.account.AccountPrincipal;
import se.trygghetsnav.platform.InvalidInputException;

/** The operator verifies organisations for the community platform (/operator is for operators only). */
@Controller
class VerifiedOrganisationController {

    private final VerifiedOrganisationService organisations;

    VerifiedOrganisationController(VerifiedOrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/operator/organisationer")
    String list(Model model) {
        return list(null, "", Map.of(), model);
    }

    @PostMapping("/operator/organisationer/{id}")
    String verify(@AuthenticationPrincipal AccountPrincipal operator, @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean verified, @RequestParam(required = false) String description,
            Model model, RedirectAttributes flash) {
        try {
            organisations.verify(operator.userId(), id, verified, description);
        } catch (InvalidInputException e) {
            return list(id, description, Map.of("description", e.problems().get(0).message()), model);
        }
        flash.addFlashAttribute("message", verified ? "verifiedOrg.verified" : "verifiedOrg.unverified");
        return "redirect:/operator/organisationer#organisation-" + id;
    }

    private String list(Long failedId, String description, Map<String, String> errors, Model model) {
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("failedId", failedId);
        model.addAttribute("failedDescription", description);
        model.addAttribute("errors", errors);
        return "community/organisations/operator";
    }
}
