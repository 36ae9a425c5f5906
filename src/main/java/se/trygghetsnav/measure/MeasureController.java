package se.trygghetsnav.measure;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsnav.account.AccountService;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.knowledge.KnowledgeBank;
import se.trygghetsnav.municipality.MunicipalityService;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.Role;

/** The measures of the lägesbild: list with filters, detail with status and follow-up, propose and edit. */
@Controller
@RequestMapping("/lagesbild/atgarder")
class MeasureController {

    private static final String MESSAGE = "message";

    private final MeasureService measures;
    private final MunicipalityService municipalities;
    private final AccountService accounts;
    private final KnowledgeBank knowledge;

    MeasureController(MeasureService measures, MunicipalityService municipalities, AccountService accounts,
            KnowledgeBank knowledge) {
        this.knowledge = knowledge;
        this.measures = measures;
        this.municipalities = municipalities;
        this.accounts = accounts;
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) MeasureStatus status, @RequestParam(required = false) Long area,
            @RequestParam(defaultValue = "false") boolean overdue, Model model) {
        MeasureFilter filter = new MeasureFilter(status, area, overdue);
        Map<MeasureStatus, Long> counts = measures.countByStatus(actor);
        model.addAttribute("actor", actor);
        model.addAttribute("filter", filter);
        model.addAttribute("measures", measures.list(actor, filter));
        model.addAttribute("counts", counts);
        model.addAttribute("total", counts.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("overdueCount", measures.list(actor, new MeasureFilter(null, null, true)).size());
        model.addAttribute("statuses", MeasureStatus.values());
        model.addAttribute("areas", municipalities.areas(actor.municipalityCode()));
        model.addAttribute("today", measures.today());
        model.addAttribute("canPropose", actor.has(Role.COORDINATOR, Role.ANALYST));
        return "measure/list";
    }

    @GetMapping("/ny")
    String proposeForm(Actor actor, @RequestParam(name = "vecka", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
            Model model, WebRequest request) {
        actor.require(Role.COORDINATOR, Role.ANALYST);
        model.addAttribute("measureForm", MeasureForm.empty());
        return formPage(actor, null, week, model, request);
    }

    @PostMapping("/ny")
    String propose(Actor actor, @Valid @ModelAttribute("measureForm") MeasureForm form, BindingResult errors,
            @RequestParam(name = "vecka", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
            Model model, WebRequest request, RedirectAttributes flash) {
        actor.require(Role.COORDINATOR, Role.ANALYST);
        if (errors.hasErrors()) {
            return formPage(actor, null, week, model, request);
        }
        Measure measure;
        try {
            measure = measures.propose(actor, form, week);
        } catch (InvalidInputException invalid) {
            reject(errors, invalid);
            return formPage(actor, null, week, model, request);
        }
        flash.addFlashAttribute(MESSAGE, "measure.created");
        return "redirect:/lagesbild/atgarder/" + measure.id();
    }

    @GetMapping("/{id}")
    String detail(Actor actor, @PathVariable long id, Model model) {
        return detailPage(actor, id, model);
    }

    @GetMapping("/{id}/andra")
    String editForm(Actor actor, @PathVariable long id, Model model, WebRequest request) {
        actor.require(Role.COORDINATOR);
        Measure measure = measures.get(actor, id);
        model.addAttribute("measureForm", MeasureForm.of(measure));
        return formPage(actor, measure, null, model, request);
    }

    @PostMapping("/{id}/andra")
    String update(Actor actor, @PathVariable long id, @Valid @ModelAttribute("measureForm") MeasureForm form,
            BindingResult errors, Model model, WebRequest request, RedirectAttributes flash) {
        actor.require(Role.COORDINATOR);
        Measure measure = measures.get(actor, id);
        if (errors.hasErrors()) {
            return formPage(actor, measure, null, model, request);
        }
        try {
            measures.update(actor, id, form);
        } catch (InvalidInputException invalid) {
            reject(errors, invalid);
            return formPage(actor, measure, null, model, request);
        }
        flash.addFlashAttribute(MESSAGE, "measure.updated");
        return "redirect:/lagesbild/atgarder/" + id;
    }

    @PostMapping("/{id}/status")
    String changeStatus(Actor actor, @PathVariable long id, @Valid @ModelAttribute("statusForm") StatusChangeForm form,
            BindingResult errors, Model model, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return detailPage(actor, id, model);
        }
        try {
            measures.changeStatus(actor, id, form.status(), form.note());
        } catch (InvalidInputException invalid) {
            reject(errors, invalid);
            return detailPage(actor, id, model);
        }
        flash.addFlashAttribute(MESSAGE, "measure.statusChanged");
        return "redirect:/lagesbild/atgarder/" + id;
    }

    @PostMapping("/{id}/uppfoljning")
    String followUp(Actor actor, @PathVariable long id, @Valid @ModelAttribute("followUpForm") FollowUpForm form,
            BindingResult errors, Model model, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return detailPage(actor, id, model);
        }
        try {
            measures.addFollowUp(actor, id, form.note());
        } catch (InvalidInputException invalid) {
            reject(errors, invalid);
            return detailPage(actor, id, model);
        }
        flash.addFlashAttribute(MESSAGE, "measure.followUpAdded");
        return "redirect:/lagesbild/atgarder/" + id + "#historik";
    }

    private String detailPage(Actor actor, long id, Model model) {
        Measure measure = measures.get(actor, id);
        model.addAttribute("actor", actor);
        model.addAttribute("measure", measure);
        model.addAttribute("today", measures.today());
        model.addAttribute("categories", measures.categories(actor.municipalityCode()).stream()
                .filter(category -> measure.categoryIds().contains(category.id())).toList());
        model.addAttribute("events", measures.history(actor, id));
        model.addAttribute("method", measure.method() == null ? null : knowledge.find(measure.method()).orElse(null));
        model.addAttribute("nextStatuses", measures.nextStatuses(actor, measure));
        model.addAttribute("canEdit", actor.has(Role.COORDINATOR));
        model.addAttribute("canFollowUp", actor.has(Role.COORDINATOR, Role.ANALYST, Role.MANAGER));
        if (!model.containsAttribute("statusForm")) {
            model.addAttribute("statusForm", StatusChangeForm.empty());
        }
        if (!model.containsAttribute("followUpForm")) {
            model.addAttribute("followUpForm", FollowUpForm.empty());
        }
        return "measure/detail";
    }

    /**
     * The propose and edit form; {@code measure} is null when proposing. When the typed values could
     * not even make a form (a malformed date), the ticked categories are taken from the request.
     */
    private String formPage(Actor actor, Measure measure, LocalDate week, Model model, WebRequest request) {
        MeasureForm form = (MeasureForm) model.getAttribute("measureForm");
        List<Long> chosen = form != null ? form.categoryIds() : numbers(request.getParameterValues("categoryIds"));
        model.addAttribute("actor", actor);
        model.addAttribute("measure", measure);
        model.addAttribute("week", week);
        model.addAttribute("areas", municipalities.areas(actor.municipalityCode()));
        model.addAttribute("organisations", accounts.organisations(actor.municipalityCode()));
        model.addAttribute("categories", measures.categories(actor.municipalityCode()).stream()
                .filter(category -> category.active() || chosen.contains(category.id())).toList());
        model.addAttribute("chosenCategoryIds", chosen);
        model.addAttribute("methods", knowledge.methods());
        return "measure/form";
    }

    private static List<Long> numbers(String[] values) {
        return values == null ? List.of() : Arrays.stream(values).filter(value -> value.matches("[0-9]{1,18}")).map(Long::valueOf).toList();
    }

    /** The service's problems (a reference of another municipality, a stale status) beside their fields. */
    private static void reject(BindingResult errors, InvalidInputException invalid) {
        Object target = errors.getTarget();
        for (InvalidInputException.InputProblem problem : invalid.problems()) {
            if (target != null && new BeanWrapperImpl(target).isReadableProperty(problem.field())) {
                errors.rejectValue(problem.field(), "measure.invalid", problem.message());
            } else {
                errors.reject("measure.invalid", problem.message());
            }
        }
    }
}
