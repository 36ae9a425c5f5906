package se.trygghetsnav.community;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Members find the verified organisations of their municipality; staff read the messages sent to theirs. */
@Controller
class OrganisationPageController {

    private final VerifiedOrganisationService organisations;

    OrganisationPageController(VerifiedOrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/samverkan/organisationer")
    String list(CommunityUser user, Model model) {
        model.addAttribute("organisations", organisations.inMunicipality(user.municipalityCode()));
        return "community/organisations/list";
    }

    @GetMapping("/samverkan/organisationer/{id}")
    String show(CommunityUser user, @PathVariable long id, Model model) {
        model.addAttribute("organisation", organisations.get(user.municipalityCode(), id));
        model.addAttribute("posts", organisations.recentPosts(user.municipalityCode(), id));
        return "community/organisations/show";
    }

    @GetMapping("/samverkan/organisation/inkorg")
    String inbox(CommunityUser user, Model model) {
        model.addAttribute("staff", organisations.isStaff(user));
        model.addAttribute("posts", organisations.inbox(user));
        return "community/organisations/inbox";
    }
}
