package se.trygghetsnav.community;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;

/** "Gör till rapport i lägesbilden": a coordinator confirms category and area, and the post becomes an incident report. */
@Controller
class TipController {

    private final TipService tips;

    TipController(TipService tips) {
        this.tips = tips;
    }

    @GetMapping("/samverkan/inlagg/{id}/till-lagesbild")
    String form(CommunityUser user, @PathVariable long id, Model model) {
        return form(user, id, "", "", Map.of(), model);
    }

    @PostMapping("/samverkan/inlagg/{id}/till-lagesbild")
    String forward(CommunityUser user, @PathVariable long id, @RequestParam(required = false) String category,
            @RequestParam(required = false) String area, Model model, RedirectAttributes flash) {
        try {
            tips.forward(user, id, parse(category), parse(area));
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (InputProblem p : e.problems()) {
                errors.putIfAbsent(p.field(), p.message());
            }
            return form(user, id, category, area, errors, model);
        }
        flash.addFlashAttribute("message", "tip.done");
        return "redirect:/samverkan/inlagg/" + id + "/till-lagesbild";
    }

    private String form(CommunityUser user, long id, String category, String area, Map<String, String> errors, Model model) {
        model.addAttribute("post", tips.post(user, id));
        model.addAttribute("categories", tips.categories(user));
        model.addAttribute("areas", tips.areas(user));
        model.addAttribute("category", category == null ? "" : category);
        model.addAttribute("area", area == null ? "" : area);
        model.addAttribute("errors", errors);
        return "community/moderation/tip";
    }

    private static Long parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
