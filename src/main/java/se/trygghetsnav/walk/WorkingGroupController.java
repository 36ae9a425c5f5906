package se.trygghetsnav.walk;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.platform.Role;

/** Working groups: the list with the next meeting due, a group's meetings, and recording one. */
@Controller
@RequestMapping("/lagesbild/arbetsgrupper")
class WorkingGroupController {

    private final WorkingGroupService groups;

    WorkingGroupController(WorkingGroupService groups) {
        this.groups = groups;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        return list(actor, Map.of("meetingsPerYear", "2"), Map.of(), model);
    }

    @PostMapping
    String create(Actor actor, @RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        actor.require(Role.COORDINATOR);
        Map<String, String> errors = new LinkedHashMap<>();
        String name = params.getOrDefault("name", "").strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.put("name", "group.error.name");
        }
        int perYear = 0;
        try {
            perYear = Integer.parseInt(params.getOrDefault("meetingsPerYear", "").strip());
        } catch (NumberFormatException e) {
            perYear = 0;
        }
        if (perYear < 1 || perYear > 12) {
            errors.put("meetingsPerYear", "group.error.cadence");
        }
        if (WalkForm.length(params.get("purpose")) > WalkForm.MAX_TEXT || WalkForm.length(params.get("members")) > WalkForm.MAX_TEXT) {
            errors.put("purpose", "walk.error.tooLong");
        }
        if (errors.isEmpty()) {
            try {
                long id = groups.create(actor, name, params.get("purpose"), params.get("members"), perYear);
                flash.addFlashAttribute("message", "group.created");
                return "redirect:/lagesbild/arbetsgrupper/" + id;
            } catch (DuplicateKeyException e) {
                errors.put("name", "group.error.duplicate");
            }
        }
        return list(actor, params, errors, model);
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        return show(actor, id, Map.of(), Map.of(), model);
    }

    @PostMapping("/{id}/moten")
    String record(Actor actor, @PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes flash) {
        actor.require(Role.COORDINATOR, Role.ANALYST);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = null;
        try {
            date = LocalDate.parse(params.getOrDefault("date", "").strip());
        } catch (DateTimeParseException e) {
            errors.put("date", "walk.error.date");
        }
        for (String field : new String[] {"minutes", "decisions", "toCoordinator"}) {
            if (WalkForm.length(params.get(field)) > 20_000) {
                errors.put(field, "walk.error.tooLong");
            }
        }
        if (!errors.isEmpty()) {
            return show(actor, id, params, errors, model);
        }
        groups.recordMeeting(actor, id, date, params.get("minutes"), params.get("decisions"), params.get("toCoordinator"));
        flash.addFlashAttribute("message", "group.meetingRecorded");
        return "redirect:/lagesbild/arbetsgrupper/" + id;
    }

    private String list(Actor actor, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("groups", groups.list(actor));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "walk/groups";
    }

    private String show(Actor actor, long id, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("group", groups.get(actor, id));
        model.addAttribute("meetings", groups.meetings(actor, id));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "walk/group";
    }
}
