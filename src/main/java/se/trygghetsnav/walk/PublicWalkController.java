package se.trygghetsnav.walk;

import java.time.Clock;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.trygghetsnav.municipality.MunicipalityService;
import se.trygghetsnav.platform.Mailer;
import se.trygghetsnav.platform.NotFoundException;

/** The public page of a walk: the invitation with its calendar file, and afterwards the feedback report with photos. */
@Controller
class PublicWalkController {

    private final WalkService walks;
    private final MunicipalityService municipalities;
    private final Mailer mailer;
    private final Clock clock;

    PublicWalkController(WalkService walks, MunicipalityService municipalities, Mailer mailer, Clock clock) {
        this.walks = walks;
        this.municipalities = municipalities;
        this.mailer = mailer;
        this.clock = clock;
    }

    @GetMapping("/trygghet/{municipality}/vandringar/{id}")
    String published(@PathVariable String municipality, @PathVariable long id, Model model) {
        model.addAttribute("walk", walks.published(municipality, id));
        model.addAttribute("observations", walks.publishedObservations(municipality, id));
        model.addAttribute("route", walks.route(municipality, id).orElse(null));
        model.addAttribute("municipalityName", municipalityName(municipality));
        return "walk/walk-public";
    }

    @GetMapping("/trygghet/{municipality}/vandringar/{id}.ics")
    ResponseEntity<String> calendar(@PathVariable String municipality, @PathVariable long id) {
        Walk walk = walks.published(municipality, id);
        String ics = MeetingCalendar.ics(walk, municipalityName(municipality),
                mailer.link("/trygghet/" + municipality + "/vandringar/" + id), clock.instant());
        return MeetingCalendar.download(ics, "trygghetsvandring-" + id + ".ics");
    }

    /** Photos before and after for the feedback report; shown once the walk is completed. */
    @GetMapping("/trygghet/{municipality}/vandringar/{id}/observationer/{observation}/{when:fore|efter}.jpg")
    ResponseEntity<byte[]> photo(@PathVariable String municipality, @PathVariable long id, @PathVariable long observation,
            @PathVariable String when) {
        byte[] photo = walks.publishedPhoto(municipality, id, observation, "efter".equals(when))
                .orElseThrow(() -> new NotFoundException("Ingen bild"));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).cacheControl(CacheControl.noCache()).body(photo);
    }

    private String municipalityName(String code) {
        return municipalities.find(code).orElseThrow(() -> new NotFoundException("Kommunen finns inte")).name();
    }
}
