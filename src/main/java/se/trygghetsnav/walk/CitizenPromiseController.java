package se.trygghetsnav.walk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.platform.Role;

/** The coordinator's pages of citizen promises: list, record, change, activities and the yearly follow-up. */
@Controller
@RequestMapping("/lagesbild/medborgarloften")
class CitizenPromiseController {

    private final CitizenPromiseService promises;

    CitizenPromiseController(CitizenPromiseService promises) {
        this.promises = promises;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        model.addAttribute("promises", promises.list(actor));
        return "walk/promises";
    }

    @GetMapping("/ny")
    String create(Actor actor, Model model) {
        actor.require(Role.COORDINATOR);
        return form(actor, null, CitizenPromiseForm.empty(promises.today()), Map.of(), model);
    }

    @PostMapping
    String create(Actor actor, @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes flash) {
        actor.require(Role.COORDINATOR);
        CitizenPromiseForm form = form(params);
        Map<String, String> errors = promises.problems(actor, form);
        if (!errors.isEmpty()) {
            return form(actor, null, form, errors, model);
        }
        CitizenPromise promise = promises.create(actor, form);
        flash.addFlashAttribute("message", "promise.created");
        return "redirect:/lagesbild/medborgarloften/" + promise.id();
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        return show(actor, id, PromiseActivityForm.empty(), Map.of(), model);
    }

    @GetMapping("/{id}/andra")
    String edit(Actor actor, @PathVariable long id, Model model) {
        actor.require(Role.COORDINATOR);
        CitizenPromise promise = promises.get(actor, id);
        return form(actor, promise, CitizenPromiseForm.of(promise), Map.of(), model);
    }

    @PostMapping("/{id}")
    String update(Actor actor, @PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes flash) {
        actor.require(Role.COORDINATOR);
        CitizenPromise promise = promises.get(actor, id);
        CitizenPromiseForm form = form(params);
        Map<String, String> errors = promises.problems(actor, form);
        if (!errors.isEmpty()) {
            return form(actor, promise, form, errors, model);
        }
        promises.update(actor, id, form);
        flash.addFlashAttribute("message", "promise.saved");
        return "redirect:/lagesbild/medborgarloften/" + id;
    }

    @PostMapping("/{id}/aktiviteter")
    String addActivity(Actor actor, @PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes flash) {
        actor.require(Role.COORDINATOR);
        PromiseActivityForm form = activityForm(params);
        Map<String, String> errors = promises.problems(actor, form);
        if (!errors.isEmpty()) {
            return show(actor, id, form, errors, model);
        }
        promises.addActivity(actor, id, form);
        flash.addFlashAttribute("message", "promise.activity.added");
        return "redirect:/lagesbild/medborgarloften/" + id;
    }

    @GetMapping("/{id}/aktiviteter/{activity}")
    String editActivity(Actor actor, @PathVariable long id, @PathVariable long activity, Model model) {
        actor.require(Role.COORDINATOR);
        PromiseActivity current = promises.activity(actor, id, activity);
        return activityPage(actor, id, current, PromiseActivityForm.of(current), Map.of(), model);
    }

    @PostMapping("/{id}/aktiviteter/{activity}")
    String updateActivity(Actor actor, @PathVariable long id, @PathVariable long activity,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        actor.require(Role.COORDINATOR);
        PromiseActivity current = promises.activity(actor, id, activity);
        PromiseActivityForm form = activityForm(params);
        Map<String, String> errors = promises.problems(actor, form);
        if (!errors.isEmpty()) {
            return activityPage(actor, id, current, form, errors, model);
        }
        promises.updateActivity(actor, id, activity, form);
        flash.addFlashAttribute("message", "promise.activity.saved");
        return "redirect:/lagesbild/medborgarloften/" + id;
    }

    @GetMapping("/{id}/uppfoljning")
    String followUp(Actor actor, @PathVariable long id, @RequestParam(name = "ar", required = false) String year, Model model) {
        actor.require(Role.COORDINATOR);
        CitizenPromise promise = promises.get(actor, id);
        Integer chosen = parseYear(year);
        if (chosen == null || !promise.followUpYears().contains(chosen)) {
            chosen = PromiseRules.defaultFollowUpYear(promise.periodFrom(), promise.periodTo(), promises.today());
        }
        PromiseFollowUp existing = promise.followUp(chosen);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("year", String.valueOf(chosen));
        values.put("achieved", existing == null ? "" : existing.achieved());
        for (PromiseActivity activity : promise.activities()) {
            PromiseActivityStatus status = existing == null ? activity.status()
                    : existing.activities().stream().filter(a -> a.activityId() == activity.id()).map(PromiseFollowUp.ActivityStatus::status)
                            .findFirst().orElse(activity.status());
            values.put("status-" + activity.id(), status.name());
        }
        return followUpPage(promise, values, Map.of(), model);
    }

    @PostMapping("/{id}/uppfoljning")
    String writeFollowUp(Actor actor, @PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes flash) {
        actor.require(Role.COORDINATOR);
        CitizenPromise promise = promises.get(actor, id);
        Integer year = parseYear(params.get("year"));
        Map<Long, String> statuses = statuses(promise, params);
        Map<String, String> errors = promises.followUpProblems(promise, year, params.get("achieved"), statuses);
        if (!errors.isEmpty()) {
            return followUpPage(promise, params, errors, model);
        }
        promises.writeFollowUp(actor, id, year, params.get("achieved"), statuses);
        flash.addFlashAttribute("message", "promise.followUp.saved");
        return "redirect:/lagesbild/medborgarloften/" + id;
    }

    private static Map<Long, String> statuses(CitizenPromise promise, Map<String, String> params) {
        Map<Long, String> statuses = new LinkedHashMap<>();
        for (PromiseActivity activity : promise.activities()) {
            String value = params.get("status-" + activity.id());
            if (value != null) {
                statuses.put(activity.id(), value);
            }
        }
        return statuses;
    }

    private static Integer parseYear(String year) {
        try {
            return year == null ? null : Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static CitizenPromiseForm form(MultiValueMap<String, String> params) {
        List<Long> parties = params.getOrDefault("partyIds", List.of()).stream().map(value -> {
            try {
                return Long.valueOf(value.strip());
            } catch (NumberFormatException e) {
                return -1L; // never an organisation's id, so the form reports it
            }
        }).filter(Objects::nonNull).toList();
        return new CitizenPromiseForm(params.getFirst("title"), params.getFirst("text"), params.getFirst("periodFrom"),
                params.getFirst("periodTo"), params.getFirst("focusProblems"), parties, params.containsKey("published"));
    }

    private static PromiseActivityForm activityForm(Map<String, String> params) {
        return new PromiseActivityForm(params.get("description"), params.get("owner"), params.get("status"), params.get("dueDate"));
    }

    private String form(Actor actor, CitizenPromise promise, CitizenPromiseForm form, Map<String, String> errors, Model model) {
        model.addAttribute("promise", promise);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("organisations", promises.organisations(actor));
        return "walk/promise-form";
    }

    private String show(Actor actor, long id, PromiseActivityForm activity, Map<String, String> errors, Model model) {
        model.addAttribute("promise", promises.get(actor, id));
        model.addAttribute("activity", activity);
        model.addAttribute("errors", errors);
        model.addAttribute("organisations", promises.organisations(actor));
        model.addAttribute("statuses", PromiseActivityStatus.values());
        return "walk/promise";
    }

    private String activityPage(Actor actor, long id, PromiseActivity current, PromiseActivityForm form,
            Map<String, String> errors, Model model) {
        model.addAttribute("promise", promises.get(actor, id));
        model.addAttribute("current", current);
        model.addAttribute("activity", form);
        model.addAttribute("errors", errors);
        model.addAttribute("organisations", promises.organisations(actor));
        model.addAttribute("statuses", PromiseActivityStatus.values());
        return "walk/promise-activity";
    }

    private String followUpPage(CitizenPromise promise, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("promise", promise);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", PromiseActivityStatus.values());
        return "walk/promise-follow-up";
    }
}
