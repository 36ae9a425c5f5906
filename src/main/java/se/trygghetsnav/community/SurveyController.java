package se.trygghetsnav.community;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;

/** The member survey page (/samverkan/enkat). */
@Controller
class SurveyController {

    private final SurveyService survey;

    SurveyController(SurveyService survey) {
        this.survey = survey;
    }

    @GetMapping("/samverkan/enkat")
    String form(CommunityUser user, Model model) {
        return form(user, Map.of(), Map.of(), model);
    }

    @PostMapping("/samverkan/enkat")
    String answer(CommunityUser user, @RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        try {
            survey.answer(user, number(params.get("feltSafety")), number(params.get("recommend")), params.get("effect"));
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (InputProblem p : e.problems()) {
                errors.putIfAbsent(p.field(), p.message());
            }
            return form(user, params, errors, model);
        } catch (SurveyService.AlreadyAnsweredException e) {
            // answered in another tab: the page says so
        }
        flash.addFlashAttribute("message", "memberSurvey.thanks");
        return "redirect:/samverkan/enkat";
    }

    private String form(CommunityUser user, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("answered", survey.answeredToday(user));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "community/statistics/survey";
    }

    static Integer number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
