package se.trygghetsnav.walk;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.municipality.MunicipalityService;
import se.trygghetsnav.platform.ImageSanitizer;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.Mailer;
import se.trygghetsnav.platform.NotFoundException;
import se.trygghetsnav.platform.Role;

/** Safety walks: the coordinator's overview, planning, observing on a phone, completing, coverage. */
@Controller
@RequestMapping("/lagesbild/vandringar")
class WalkController {

    private final WalkService walks;
    private final MunicipalityService municipalities;
    private final Mailer mailer;

    WalkController(WalkService walks, MunicipalityService municipalities, Mailer mailer) {
        this.walks = walks;
        this.municipalities = municipalities;
        this.mailer = mailer;
    }

    /** The overview: every walk with its follow-up meeting and feedback dates and their status. */
    @GetMapping
    String overview(Actor actor, Model model) {
        model.addAttribute("walks", walks.list(actor));
        model.addAttribute("today", walks.today());
        return "walk/overview";
    }

    @GetMapping("/ny")
    String newWalk(Actor actor, Model model) {
        actor.require(Role.COORDINATOR);
        return planForm(actor, WalkForm.empty(), Map.of(), model);
    }

    @PostMapping
    String plan(Actor actor, @ModelAttribute("walk") WalkForm form, Model model, RedirectAttributes flash) {
        actor.require(Role.COORDINATOR);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return planForm(actor, form, problems, model);
        }
        long id = walks.plan(actor, form);
        flash.addFlashAttribute("message", "walk.planned");
        return "redirect:/lagesbild/vandringar/" + id;
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        Walk walk = walks.get(actor, id);
        model.addAttribute("walk", walk);
        model.addAttribute("observations", walks.observations(actor, id));
        model.addAttribute("today", walks.today());
        model.addAttribute("route", walks.route(actor.municipalityCode(), id).orElse(null));
        model.addAttribute("invitationSaved", !walk.invitation().isBlank());
        model.addAttribute("invitationText", walk.invitation().isBlank()
                ? suggestedInvitation(actor, walk) : walk.invitation());
        model.addAttribute("invitationAction", "/lagesbild/vandringar/" + id + "/inbjudan");
        return "walk/detail";
    }

    @GetMapping("/{id}/andra")
    String edit(Actor actor, @PathVariable long id, Model model) {
        actor.require(Role.COORDINATOR);
        Walk walk = walks.get(actor, id);
        return editForm(actor, id, WalkForm.of(walk, walks.route(actor.municipalityCode(), id).orElse(null)), Map.of(), model);
    }

    @PostMapping("/{id}/andra")
    String update(Actor actor, @PathVariable long id, @ModelAttribute("walk") WalkForm form, Model model,
            RedirectAttributes flash) {
        actor.require(Role.COORDINATOR);
        walks.get(actor, id);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return editForm(actor, id, form, problems, model);
        }
        walks.update(actor, id, form);
        flash.addFlashAttribute("message", "walk.updated");
        return "redirect:/lagesbild/vandringar/" + id;
    }

    /** The invitation for the web and social media as the coordinator edited it; empty text restores the suggestion. */
    @PostMapping("/{id}/inbjudan")
    String invitation(Actor actor, @PathVariable long id, @RequestParam(required = false) String invitation,
            @RequestParam(required = false) String reset, RedirectAttributes flash) {
        actor.require(Role.COORDINATOR);
        if (WalkForm.length(invitation) > WalkForm.MAX_TEXT) {
            throw new InvalidInputException(List.of(new InvalidInputException.InputProblem("invitation", "Texten är för lång")));
        }
        // the suggestion saved unchanged stays a suggestion, so that it follows later changes of date or place
        boolean suggestion = invitation != null && invitation.strip().equals(suggestedInvitation(actor, walks.get(actor, id)).strip());
        walks.invitation(actor, id, "yes".equals(reset) || suggestion ? "" : invitation);
        flash.addFlashAttribute("message", "invitation.saved");
        return "redirect:/lagesbild/vandringar/" + id;
    }

    /** Deletes a walk and its observations; a completed walk only with the confirmation box ticked. */
    @PostMapping("/{id}/ta-bort")
    String delete(Actor actor, @PathVariable long id, @RequestParam(required = false) String confirm,
            RedirectAttributes flash) {
        actor.require(Role.COORDINATOR);
        if (!walks.delete(actor, id, "yes".equals(confirm))) {
            flash.addFlashAttribute("message", "walk.delete.confirmNeeded");
            return "redirect:/lagesbild/vandringar/" + id;
        }
        flash.addFlashAttribute("message", "walk.deleted");
        return "redirect:/lagesbild/vandringar";
    }

    @GetMapping("/{id}/observation")
    String newObservation(Actor actor, @PathVariable long id, Model model) {
        actor.require(Role.COORDINATOR);
        return observationForm(actor, id, ObservationForm.empty(), Map.of(), model);
    }

    @PostMapping("/{id}/observation")
    String observe(Actor actor, @PathVariable long id, @ModelAttribute("observation") ObservationForm form,
            @RequestParam(required = false) MultipartFile photo, Model model, RedirectAttributes flash) throws IOException {
        actor.require(Role.COORDINATOR);
        Map<String, String> problems = new LinkedHashMap<>(form.problems());
        if (problems.isEmpty()) {
            try {
                walks.observe(actor, id, form, photo == null || photo.isEmpty() ? null : photo.getBytes());
                flash.addFlashAttribute("message", "walk.observed");
                return "redirect:/lagesbild/vandringar/" + id;
            } catch (ImageSanitizer.NotAnImageException | ImageSanitizer.ImageTooLargeException e) {
                problems.put("photo", "walk.error.photo");
            }
        }
        return observationForm(actor, id, form, problems, model);
    }

    @GetMapping("/{id}/observationer/{observation}/foto")
    ResponseEntity<byte[]> photo(Actor actor, @PathVariable long id, @PathVariable long observation) {
        byte[] photo = walks.photo(actor, id, observation).orElseThrow(() -> new NotFoundException("Ingen bild"));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).cacheControl(CacheControl.noStore()).body(photo);
    }

    @GetMapping("/{id}/observationer/{observation}/efterfoto")
    ResponseEntity<byte[]> afterPhoto(Actor actor, @PathVariable long id, @PathVariable long observation) {
        byte[] photo = walks.afterPhoto(actor, id, observation).orElseThrow(() -> new NotFoundException("Ingen bild"));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).cacheControl(CacheControl.noStore()).body(photo);
    }

    /** The photo after the measure, for the six-month feedback report. */
    @PostMapping("/{id}/observationer/{observation}/efterfoto")
    String uploadAfterPhoto(Actor actor, @PathVariable long id, @PathVariable long observation,
            @RequestParam(required = false) MultipartFile photo, RedirectAttributes flash) throws IOException {
        actor.require(Role.COORDINATOR);
        walks.get(actor, id);
        String problem = null;
        if (photo == null || photo.isEmpty()) {
            problem = "walk.afterPhoto.missing";
        } else {
            try {
                walks.afterPhoto(actor, id, observation, photo.getBytes());
                flash.addFlashAttribute("message", "walk.afterPhoto.saved");
            } catch (ImageSanitizer.NotAnImageException | ImageSanitizer.ImageTooLargeException e) {
                problem = "walk.error.photo";
            }
        }
        if (problem != null) {
            // shown next to that observation's file field
            flash.addFlashAttribute("photoProblem", problem);
            flash.addFlashAttribute("photoProblemFor", observation);
        }
        return "redirect:/lagesbild/vandringar/" + id + "#after-" + observation;
    }

    @PostMapping("/{id}/deltagare")
    String participants(Actor actor, @PathVariable long id, @RequestParam(required = false) String organisations,
            @RequestParam(required = false) String residents, RedirectAttributes flash) {
        Integer count = null;
        try {
            count = residents == null || residents.isBlank() ? null : Integer.valueOf(residents.strip());
        } catch (NumberFormatException e) {
            count = null;
        }
        if (count != null && count < 0) {
            count = null;
        }
        walks.participants(actor, id, organisations, count);
        flash.addFlashAttribute("message", "walk.participantsSaved");
        return "redirect:/lagesbild/vandringar/" + id;
    }

    @PostMapping("/{id}/avsluta")
    String complete(Actor actor, @PathVariable long id, RedirectAttributes flash) {
        walks.complete(actor, id);
        flash.addFlashAttribute("message", "walk.completedMessage");
        return "redirect:/lagesbild/vandringar/" + id;
    }

    @PostMapping("/{id}/foton")
    String publishPhotos(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "false") boolean published,
            RedirectAttributes flash) {
        walks.publishPhotos(actor, id, published);
        flash.addFlashAttribute("message", published ? "walk.photosPublic.published" : "walk.photosPublic.withdrawn");
        return "redirect:/lagesbild/vandringar/" + id;
    }

    @PostMapping("/{id}/uppfoljning")
    String followUpDone(Actor actor, @PathVariable long id, @RequestParam String kind, RedirectAttributes flash) {
        walks.followUpDone(actor, id, "meeting".equals(kind));
        flash.addFlashAttribute("message", "walk.followUpSaved");
        return "redirect:/lagesbild/vandringar/" + id;
    }

    @PostMapping("/{id}/observationer/{observation}/atgard")
    String toMeasure(Actor actor, @PathVariable long id, @PathVariable long observation, RedirectAttributes flash) {
        walks.toMeasure(actor, id, observation);
        flash.addFlashAttribute("message", "walk.measureCreated");
        return "redirect:/lagesbild/vandringar/" + id;
    }

    /** Which localities had a walk in a term of office, and a four-a-year plan that fills the gaps. */
    @GetMapping("/tackning")
    String coverage(Actor actor, @RequestParam(required = false) Integer term, Model model) {
        TermOfOffice chosen;
        try {
            if (term != null && (term < 1902 || term > 2998)) {
                throw new IllegalArgumentException("Utanför kalendern");
            }
            chosen = term == null ? TermOfOffice.of(walks.today()) : new TermOfOffice(term);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Ingen sådan mandatperiod");
        }
        List<Coverage.Row> table = Coverage.table(chosen, walks.localities(actor), walks.walkDates(actor));
        model.addAttribute("term", chosen);
        model.addAttribute("rows", table);
        model.addAttribute("meetingRows", Coverage.table(chosen, walks.localities(actor), walks.meetingDates(actor)));
        model.addAttribute("coveredCount", table.stream().filter(Coverage.Row::covered).count());
        model.addAttribute("plan", Coverage.plan(chosen, table, walks.today()));
        model.addAttribute("coverageGeoJson", CoverageMap.geoJson(table));
        return "walk/coverage";
    }

    private String suggestedInvitation(Actor actor, Walk walk) {
        return Invitation.forWalk(walk, municipalities.find(actor.municipalityCode()).map(m -> m.name()).orElse(""),
                mailer.link("/trygghet/" + actor.municipalityCode() + "/vandringar/" + walk.id()));
    }

    private String planForm(Actor actor, WalkForm form, Map<String, String> errors, Model model) {
        model.addAttribute("walk", form);
        model.addAttribute("errors", errors);
        model.addAttribute("localities", walks.localities(actor));
        model.addAttribute("editing", null);
        return "walk/plan";
    }

    private String editForm(Actor actor, long id, WalkForm form, Map<String, String> errors, Model model) {
        planForm(actor, form, errors, model);
        model.addAttribute("editing", id);
        return "walk/plan";
    }

    private String observationForm(Actor actor, long id, ObservationForm form, Map<String, String> errors, Model model) {
        model.addAttribute("walk", walks.get(actor, id));
        model.addAttribute("route", walks.route(actor.municipalityCode(), id).orElse(null));
        model.addAttribute("observation", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", WalkCategory.values());
        return "walk/observation";
    }
}
