package se.trygghetsnav.walk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.municipality.MunicipalityService;
import se.trygghetsnav.platform.Mailer;
import se.trygghetsnav.platform.NotFoundException;
import se.trygghetsnav.platform.Role;

/** Safety meetings: the coordinator's pages, and the public page with its calendar file. */
@Controller
class MeetingController {

    private final MeetingService meetings;
    private final WalkService walks;
    private final MunicipalityService municipalities;
    private final Mailer mailer;
    private final Clock clock;

    MeetingController(MeetingService meetings, WalkService walks, MunicipalityService municipalities, Mailer mailer, Clock clock) {
        this.meetings = meetings;
        this.walks = walks;
        this.municipalities = municipalities;
        this.mailer = mailer;
        this.clock = clock;
    }

    @GetMapping("/lagesbild/moten")
    String list(Actor actor, Model model) {
        model.addAttribute("meetings", meetings.list(actor));
        return "walk/meetings";
    }

    @GetMapping("/lagesbild/moten/ny")
    String newMeeting(Actor actor, Model model) {
        actor.require(Role.COORDINATOR);
        return form(actor, Map.of("start", "18:00", "end", "20:00", "agenda", Meeting.DEFAULT_AGENDA), Map.of(), model);
    }

    @PostMapping("/lagesbild/moten")
    String plan(Actor actor, @RequestParam Map<String, String> params, Model model) {
        actor.require(Role.COORDINATOR);
        Map<String, String> errors = new LinkedHashMap<>();
        Long locality = null;
        try {
            locality = Long.valueOf(params.getOrDefault("locality", "").strip());
        } catch (NumberFormatException e) {
            errors.put("locality", "walk.error.locality");
        }
        LocalDate date = null;
        LocalTime start = null;
        LocalTime end = null;
        try {
            date = LocalDate.parse(params.getOrDefault("date", "").strip());
        } catch (DateTimeParseException e) {
            errors.put("date", "walk.error.date");
        }
        try {
            start = LocalTime.parse(params.getOrDefault("start", "").strip());
            end = LocalTime.parse(params.getOrDefault("end", "").strip());
            if (!end.isAfter(start)) {
                errors.put("start", "meeting.error.time");
            }
        } catch (DateTimeParseException e) {
            errors.put("start", "meeting.error.time");
        }
        for (String field : new String[] {"theme", "place", "agenda", "experts"}) {
            if (WalkForm.length(params.get(field)) > WalkForm.MAX_TEXT) {
                errors.put(field, "walk.error.tooLong");
            }
        }
        if (!errors.isEmpty()) {
            return form(actor, params, errors, model);
        }
        long id = meetings.plan(actor, locality, null, date, start, end, params.get("theme"), params.get("place"),
                params.get("agenda"), params.get("experts"));
        return "redirect:/lagesbild/moten/" + id;
    }

    /** Plans the follow-up meeting of a walk at its proposed date. */
    @PostMapping("/lagesbild/vandringar/{id}/mote")
    String planFollowUp(Actor actor, @PathVariable long id, RedirectAttributes flash) {
        long meeting = meetings.planFollowUp(actor, id);
        flash.addFlashAttribute("message", "meeting.planned");
        return "redirect:/lagesbild/moten/" + meeting;
    }

    @GetMapping("/lagesbild/moten/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        Meeting meeting = meetings.get(actor, id);
        String saved = meetings.invitation(actor.municipalityCode(), id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("invitationSaved", !saved.isBlank());
        model.addAttribute("invitationText", saved.isBlank() ? suggestedInvitation(actor, meeting) : saved);
        model.addAttribute("invitationAction", "/lagesbild/moten/" + id + "/inbjudan");
        return "walk/meeting";
    }

    @PostMapping("/lagesbild/moten/{id}/efterat")
    String afterwards(Actor actor, @PathVariable long id, @RequestParam(required = false) String notes,
            @RequestParam(required = false) String questions, RedirectAttributes flash) {
        if (WalkForm.length(notes) > 20_000 || WalkForm.length(questions) > 20_000) {
            throw new se.trygghetsnav.platform.InvalidInputException(java.util.List.of(
                    new se.trygghetsnav.platform.InvalidInputException.InputProblem("notes", "Texten är för lång")));
        }
        meetings.afterwards(actor, id, notes, questions);
        flash.addFlashAttribute("message", "meeting.saved");
        return "redirect:/lagesbild/moten/" + id;
    }

    /** The public page of a meeting: no login, keyed by the municipality's code. */
    @GetMapping("/trygghet/{municipality}/moten/{id}")
    String published(@PathVariable String municipality, @PathVariable long id, Model model) {
        model.addAttribute("meeting", meetings.published(municipality, id));
        model.addAttribute("municipalityName", municipalityName(municipality));
        return "walk/meeting-public";
    }

    @GetMapping("/trygghet/{municipality}/moten/{id}.ics")
    ResponseEntity<String> calendar(@PathVariable String municipality, @PathVariable long id) {
        Meeting meeting = meetings.published(municipality, id);
        String ics = MeetingCalendar.ics(meeting, municipalityName(municipality),
                mailer.link("/trygghet/" + municipality + "/moten/" + id), clock.instant());
        return MeetingCalendar.download(ics, "trygghetsmote-" + id + ".ics");
    }

    /** The invitation for the web and social media as the coordinator edited it; empty text restores the suggestion. */
    @PostMapping("/lagesbild/moten/{id}/inbjudan")
    String invitation(Actor actor, @PathVariable long id, @RequestParam(required = false) String invitation,
            @RequestParam(required = false) String reset, RedirectAttributes flash) {
        actor.require(Role.COORDINATOR);
        if (WalkForm.length(invitation) > WalkForm.MAX_TEXT) {
            throw new se.trygghetsnav.platform.InvalidInputException(java.util.List.of(
                    new se.trygghetsnav.platform.InvalidInputException.InputProblem("invitation", "Texten är för lång")));
        }
        // the suggestion saved unchanged stays a suggestion, so that it follows later changes of date or place
        boolean suggestion = invitation != null
                && invitation.strip().equals(suggestedInvitation(actor, meetings.get(actor, id)).strip());
        meetings.invitation(actor, id, "yes".equals(reset) || suggestion ? "" : invitation);
        flash.addFlashAttribute("message", "invitation.saved");
        return "redirect:/lagesbild/moten/" + id;
    }

    private String suggestedInvitation(Actor actor, Meeting meeting) {
        return Invitation.forMeeting(meeting, municipalityName(actor.municipalityCode()),
                mailer.link("/trygghet/" + actor.municipalityCode() + "/moten/" + meeting.id()));
    }

    private String municipalityName(String code) {
        return municipalities.find(code).orElseThrow(() -> new NotFoundException("Kommunen finns inte")).name();
    }

    private String form(Actor actor, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("localities", walks.localities(actor));
        return "walk/meeting-form";
    }
}
