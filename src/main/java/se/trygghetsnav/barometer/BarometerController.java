package se.trygghetsnav.barometer;

import jakarta.validation.Valid;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsnav.knowledge.ArticleLink;
import se.trygghetsnav.knowledge.KnowledgeBank;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.NotFoundException;
import se.trygghetsnav.survey.AnswerOption;
import se.trygghetsnav.survey.Instrument;

/**
 * The anonymous barometer for people: start page, one page per section, the contact page and the
 * result. The draft token in the address is the only key; no account, no session.
 */
@Controller
@RequestMapping("/barometern")
class BarometerController {

    private static final String PREVIOUS = "previous";
    private static final int READ_MORE_LINKS = 4;

    private final BarometerService barometer;
    private final BarometerPdf pdf;
    private final KnowledgeBank knowledge;

    BarometerController(BarometerService barometer, BarometerPdf pdf, KnowledgeBank knowledge) {
        this.barometer = barometer;
        this.pdf = pdf;
        this.knowledge = knowledge;
    }

    @GetMapping
    String start(Model model) {
        model.addAttribute("instrument", barometer.instrument());
        return "barometer/start";
    }

    /** The start page again, for a respondent who went back from the first section. */
    @GetMapping("/svar/{token}")
    String startOfDraft(@PathVariable String token, Model model) {
        barometer.draftAnswers(token);
        model.addAttribute("token", token);
        return start(model);
    }

    @PostMapping("/starta")
    String begin() {
        return "redirect:/barometern/svar/" + barometer.startDraft() + "/omrade/1";
    }

    @GetMapping("/svar/{token}/omrade/{number}")
    String section(@PathVariable String token, @PathVariable int number, Model model) {
        return sectionPage(token, number, barometer.draftAnswers(token), Map.of(), model);
    }

    @PostMapping("/svar/{token}/omrade/{number}")
    String saveSection(@PathVariable String token, @PathVariable int number,
            @RequestParam Map<String, String> params, @RequestParam(defaultValue = "next") String action, Model model) {
        Instrument.Section section = section(number);
        Map<String, String> given = new LinkedHashMap<>();
        section.questions().forEach(q -> {
            if (params.containsKey(q.id())) {
                given.put(q.id(), params.get(q.id()));
            }
        });
        barometer.saveDraftAnswers(token, given);
        if (PREVIOUS.equals(action)) {
            return number == 1 ? "redirect:/barometern/svar/" + token : "redirect:/barometern/svar/" + token + "/omrade/" + (number - 1);
        }
        Map<String, AnswerOption> answers = barometer.draftAnswers(token);
        Map<String, String> missing = new LinkedHashMap<>();
        section.questions().stream()
                .filter(q -> !answers.containsKey(q.id()))
                .forEach(q -> missing.put(q.id(), "barometer.question.missing"));
        if (!missing.isEmpty()) {
            return sectionPage(token, number, answers, missing, model);
        }
        return number == barometer.instrument().sections().size()
                ? "redirect:/barometern/svar/" + token + "/kontakt"
                : "redirect:/barometern/svar/" + token + "/omrade/" + (number + 1);
    }

    @GetMapping("/svar/{token}/kontakt")
    String contact(@PathVariable String token, Model model) {
        barometer.draftAnswers(token);
        return contactPage(token, ContactDetails.empty(), model);
    }

    @PostMapping("/svar/{token}/kontakt")
    String complete(@PathVariable String token, @Valid @ModelAttribute("contact") ContactDetails contact,
            BindingResult errors, @RequestParam(defaultValue = "next") String action, Model model) {
        if (PREVIOUS.equals(action)) {
            barometer.draftAnswers(token);
            return "redirect:/barometern/svar/" + token + "/omrade/" + barometer.instrument().sections().size();
        }
        if (errors.hasErrors()) {
            return contactPage(token, contact, model);
        }
        try {
            return "redirect:/barometern/resultat/" + barometer.completeDraft(token, contact);
        } catch (InvalidInputException incomplete) {
            String firstMissing = incomplete.problems().get(0).field();
            int number = sectionNumberOf(firstMissing);
            return "redirect:/barometern/svar/" + token + "/omrade/" + number + "?ofullstandig";
        }
    }

    @GetMapping("/resultat/{token}")
    String result(@PathVariable String token, Model model) {
        BarometerResult result = barometer.result(token);
        model.addAttribute("result", result);
        model.addAttribute("readMore", readMore(result));
        return "barometer/result";
    }

    @GetMapping("/resultat/{token}/utskrift")
    String printable(@PathVariable String token, Model model) {
        BarometerResult result = barometer.result(token);
        model.addAttribute("result", result);
        model.addAttribute("readMore", readMore(result));
        return "barometer/result-print";
    }

    @GetMapping("/resultat/{token}/pdf")
    ResponseEntity<byte[]> resultPdf(@PathVariable String token) {
        BarometerResult result = barometer.result(token);
        String filename = "trygghetsbarometern-" + DateTimeFormatter.ISO_LOCAL_DATE.format(result.completedOn()) + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(pdf.render(result));
    }

    /** The knowledge bank's articles for each question of the development list (methods first, at most four). */
    private Map<String, List<ArticleLink>> readMore(BarometerResult result) {
        Map<String, List<ArticleLink>> links = new LinkedHashMap<>();
        result.developmentList().forEach(item -> links.put(item.questionId(),
                knowledge.forQuestion(item.questionId()).stream().limit(READ_MORE_LINKS).toList()));
        return links;
    }

    private String sectionPage(String token, int number, Map<String, AnswerOption> answers, Map<String, String> missing,
            Model model) {
        Instrument instrument = barometer.instrument();
        model.addAttribute("token", token);
        model.addAttribute("instrument", instrument);
        model.addAttribute("section", section(number));
        model.addAttribute("number", number);
        model.addAttribute("sectionCount", instrument.sections().size());
        model.addAttribute("answers", answers);
        model.addAttribute("missing", missing);
        model.addAttribute("options", AnswerOption.values());
        return "barometer/section";
    }

    private String contactPage(String token, ContactDetails contact, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("instrument", barometer.instrument());
        model.addAttribute("contact", contact);
        model.addAttribute("sectionCount", barometer.instrument().sections().size());
        return "barometer/contact";
    }

    private Instrument.Section section(int number) {
        return barometer.instrument().sectionAt(number).orElseThrow(() -> new NotFoundException("Okänt område"));
    }

    private int sectionNumberOf(String questionId) {
        var sections = barometer.instrument().sections();
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).questions().stream().anyMatch(q -> q.id().equals(questionId))) {
                return i + 1;
            }
        }
        return 1;
    }
}
