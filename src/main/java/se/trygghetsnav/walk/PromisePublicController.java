package se.trygghetsnav.walk;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.trygghetsnav.municipality.MunicipalityService;
import se.trygghetsnav.platform.NotFoundException;

/** The public pages of a municipality's citizen promises: no login, only published ones. */
@Controller
class PromisePublicController {

    private final CitizenPromiseService promises;
    private final MunicipalityService municipalities;

    PromisePublicController(CitizenPromiseService promises, MunicipalityService municipalities) {
        this.promises = promises;
        this.municipalities = municipalities;
    }

    @GetMapping("/trygghet/{municipality}/medborgarloften")
    String list(@PathVariable String municipality, Model model) {
        model.addAttribute("municipalityName", municipalityName(municipality));
        model.addAttribute("municipalityCode", municipality);
        model.addAttribute("promises", promises.publishedCurrent(municipality));
        return "walk/promise-public-list";
    }

    @GetMapping("/trygghet/{municipality}/medborgarloften/{id}")
    String show(@PathVariable String municipality, @PathVariable long id, Model model) {
        model.addAttribute("municipalityName", municipalityName(municipality));
        model.addAttribute("municipalityCode", municipality);
        model.addAttribute("promise", promises.published(municipality, id));
        return "walk/promise-public";
    }

    private String municipalityName(String code) {
        return municipalities.find(code).orElseThrow(() -> new NotFoundException("Kommunen finns inte")).name();
    }
}
