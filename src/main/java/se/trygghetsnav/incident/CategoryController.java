package se.trygghetsnav.incident;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.Role;

/** The coordinator adapts the report categories to the municipality's practice. */
@Controller
@RequestMapping("/kommun/kategorier")
class CategoryController {

    private final IncidentService incidents;

    CategoryController(IncidentService incidents) {
        this.incidents = incidents;
    }

    @GetMapping
    String categories(Actor actor, Model model) {
        actor.require(Role.COORDINATOR);
        model.addAttribute("categories", incidents.categories(actor.municipalityCode()));
        return "incident/categories";
    }

    @PostMapping
    String save(Actor actor, @RequestParam(required = false) Long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "false") boolean active, @RequestParam(defaultValue = "500") int sortOrder,
            RedirectAttributes flash) {
        try {
            incidents.saveCategory(actor, id, name, active, sortOrder);
            flash.addFlashAttribute("message", "categories.saved");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("categoryError", e.problems().get(0).message());
        }
        return "redirect:/kommun/kategorier";
    }
}
