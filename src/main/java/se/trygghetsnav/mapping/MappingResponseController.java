package se.trygghetsnav.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.survey.Instrument;

/** The respondent's form behind an invitation link: save and continue, then submit. */
@Controller
@RequestMapping("/kartlaggning/svar/{token}")
class MappingResponseController {

    private final MappingService mapping;

    MappingResponseController(MappingService mapping) {
        this.mapping = mapping;
    }

    @GetMapping
    String form(@PathVariable String token, Model model) {
        Invitation invitation = mapping.invitation(token);
        return render(model, invitation, mapping.answers(invitation), List.of());
    }

    @PostMapping
    String save(@PathVariable String token, @RequestParam Map<String, String> params,
            @RequestParam(name = "action", defaultValue = "save") String action, HttpServletRequest request, Model model,
            RedirectAttributes flash) {
        Invitation invitation = mapping.invitation(token);
        MappingRound round = mapping.roundOf(invitation);
        if (invitation.submitted() || round.closed()) {
            return "redirect:/kartlaggning/svar/" + token;
        }
        Instrument instrument = mapping.instrument(round);
        Map<String, String> answers = new LinkedHashMap<>();
        // only what the form sent: a browser always sends every text box, and a chosen radio cannot be unchosen
        instrument.questions().forEach(question -> {
            for (String key : List.of(question.id(), question.id() + ".followup")) {
                if (params.containsKey(key) && (question.followUp() != null || key.equals(question.id()))) {
                    answers.put(key, params.get(key));
                }
            }
        });
        try {
            mapping.answer(token, answers, false);
            MultipartHttpServletRequest files = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
            for (Instrument.Question question : instrument.questions().filter(Instrument.Question::acceptsFile).toList()) {
                MultipartFile file = files == null ? null : files.getFile(question.id() + ".file");
                if (file != null && !file.isEmpty()) {
                    mapping.attach(token, question.id(), file.getOriginalFilename(), file.getContentType(), file.getBytes());
                }
            }
            if ("submit".equals(action)) {
                mapping.answer(token, Map.of(), true);
                return "redirect:/kartlaggning/svar/" + token;
            }
        } catch (InvalidInputException e) {
            return render(model, invitation, mapping.answers(invitation).isEmpty() ? answers : merge(mapping.answers(invitation), answers),
                    e.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flash.addFlashAttribute("message", "mapping.answer.saved");
        return "redirect:/kartlaggning/svar/" + token;
    }

    private static Map<String, String> merge(Map<String, String> saved, Map<String, String> typed) {
        Map<String, String> merged = new LinkedHashMap<>(saved);
        typed.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                merged.put(key, value);
            }
        });
        return merged;
    }

    private String render(Model model, Invitation invitation, Map<String, String> answers,
            List<InvalidInputException.InputProblem> errors) {
        MappingRound round = mapping.roundOf(invitation);
        model.addAttribute("invitation", invitation);
        model.addAttribute("round", round);
        model.addAttribute("instrument", mapping.instrument(round));
        model.addAttribute("answers", answers);
        model.addAttribute("files", mapping.files(invitation));
        model.addAttribute("errors", errors);
        model.addAttribute("errorFields", errors.stream().map(InvalidInputException.InputProblem::field).toList());
        return invitation.submitted() ? "mapping/thanks" : "mapping/answer";
    }
}
