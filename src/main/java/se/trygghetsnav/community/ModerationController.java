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
import se.trygghetsnav.community.ModerationService.ContentKind;
import se.trygghetsnav.community.ModerationService.Report;
import se.trygghetsnav.municipality.MunicipalityService;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;
import se.trygghetsnav.platform.NotFoundException;

/** Reporting content (anmäl), the moderators' and group admins' queues, a report's page with the actions, and the log. */
@Controller
class ModerationController {

    private final ModerationService moderation;
    private final MunicipalityService municipalities;

    ModerationController(ModerationService moderation, MunicipalityService municipalities) {
        this.moderation = moderation;
        this.municipalities = municipalities;
    }

    @GetMapping("/samverkan/anmal")
    String reportForm(CommunityUser user, @RequestParam Map<String, String> params, Model model) {
        Target target = Target.of(params);
        return reportForm(user, target, "", Map.of(), model);
    }

    @PostMapping("/samverkan/anmal")
    String report(CommunityUser user, @RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        Target target = Target.of(params);
        String reason = params.getOrDefault("reason", "");
        try {
            moderation.report(user, target.kind(), target.id(), reason);
        } catch (InvalidInputException e) {
            return reportForm(user, target, reason, errors(e), model);
        }
        flash.addFlashAttribute("message", "moderation.reported");
        return "redirect:/samverkan/anmal/skickad";
    }

    @GetMapping("/samverkan/anmal/skickad")
    String reported(CommunityUser user) {
        return "community/moderation/reported";
    }

    @GetMapping(ModerationService.MINE)
    String mine(CommunityUser user, Model model) {
        model.addAttribute("reports", moderation.mine(user));
        model.addAttribute("notifications", moderation.messages(user));
        return "community/moderation/mine";
    }

    private String reportForm(CommunityUser user, Target target, String reason, Map<String, String> errors, Model model) {
        model.addAttribute("content", moderation.reportable(user, target.kind(), target.id()));
        model.addAttribute("targetParam", target.param());
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "community/moderation/report-form";
    }

    @GetMapping("/samverkan/moderering")
    String queue(CommunityUser user, @RequestParam(name = "kommun", required = false) String municipality, Model model) {
        model.addAttribute("reports", moderation.moderatorQueue(user, municipality));
        model.addAttribute("log", moderation.log(municipality, null));
        model.addAttribute("municipalities", municipalities.all());
        model.addAttribute("selected", municipality == null ? "" : municipality);
        return "community/moderation/queue";
    }

    @GetMapping("/samverkan/grupper/{groupId}/anmalningar")
    String groupQueue(CommunityUser user, @PathVariable long groupId, Model model) {
        model.addAttribute("groupName", moderation.requireGroupAdmin(user, groupId));
        model.addAttribute("groupId", groupId);
        model.addAttribute("reports", moderation.groupQueue(user, groupId));
        model.addAttribute("log", moderation.log(null, groupId));
        return "community/moderation/group-queue";
    }

    @GetMapping("/samverkan/moderering/anmalningar/{id}")
    String show(CommunityUser user, @PathVariable long id, Model model) {
        return show(user, moderation.handleable(user, id), "", "", Map.of(), model);
    }

    @PostMapping("/samverkan/moderering/anmalningar/{id}")
    String act(CommunityUser user, @PathVariable long id, @RequestParam(required = false) String action,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes flash) {
        Report report = moderation.handleable(user, id);
        ModerationActionKind kind = parse(action);
        try {
            moderation.act(user, id, kind, reason);
        } catch (InvalidInputException e) {
            return show(user, report, action, reason, errors(e), model);
        }
        flash.addFlashAttribute("message", "moderation.done");
        return "redirect:/samverkan/moderering/anmalningar/" + id;
    }

    private String show(CommunityUser user, Report report, String action, String reason, Map<String, String> errors, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("actions", ModerationRules.allowedActions(moderation.situation(user, report)));
        model.addAttribute("action", action == null ? "" : action);
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("errors", errors);
        model.addAttribute("backToGroup", !user.isModerator() && report.content().groupId() != null);
        return "community/moderation/report";
    }

    static ModerationActionKind parse(String action) {
        if (action == null) {
            return null;
        }
        try {
            return ModerationActionKind.valueOf(action.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, String> errors(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (InputProblem problem : e.problems()) {
            errors.putIfAbsent(problem.field(), problem.message());
        }
        return errors;
    }

    /** Which content a report form is about: ?inlagg=, ?kommentar= or ?chatt=. */
    record Target(ContentKind kind, long id) {

        static Target of(Map<String, String> params) {
            for (Map.Entry<String, ContentKind> e : Map.of("inlagg", ContentKind.POST, "kommentar", ContentKind.COMMENT,
                    "chatt", ContentKind.CHAT).entrySet()) {
                String value = params.get(e.getKey());
                if (value != null && !value.isBlank()) {
                    try {
                        return new Target(e.getValue(), Long.parseLong(value.strip()));
                    } catch (NumberFormatException ex) {
                        throw new NotFoundException("Innehållet finns inte");
                    }
                }
            }
            throw new NotFoundException("Ange vad som anmäls");
        }

        String param() {
            return switch (kind) {
                case POST -> "inlagg";
                case COMMENT -> "kommentar";
                case CHAT -> "chatt";
            };
        }
    }
}
