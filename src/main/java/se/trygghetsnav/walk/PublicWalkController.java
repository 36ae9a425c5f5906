package se.trygghetsnav.walk;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.trygghetsnav.municipality.MunicipalityService;
import se.trygghetsnav.platform.NotFoundException;

/** The public page of a walk: the invitation, and afterwards the feedback report to the locality. */
@Controller
class PublicWalkController {

    private final WalkService walks;
    private final MunicipalityService municipalities;

    PublicWalkController(WalkService walks, MunicipalityService municipalities) {
        this.walks = walks;
        this.municipalities = municipalities;
    }

    @GetMapping("/trygghet/{municipality}/vandringar/{id}")
    String published(@PathVariable String municipality, @PathVariable long id, Model model) {
        model.addAttribute("walk", walks.published(municipality, id));
        model.addAttribute("observations", walks.publishedObservations(municipality, id));
        model.addAttribute("municipalityName",
                municipalities.find(municipality).orElseThrow(() -> new NotFoundException("Kommunen finns inte")).name());
        return "walk/walk-public";
    }
}
