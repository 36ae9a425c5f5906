package se.trygghetsnav.incident;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.NotFoundException;
import se.trygghetsnav.platform.Role;

/** Filing a report from a phone or a desk, the reporter's own reports, and the municipality's list. */
@Controller
@RequestMapping("/lagesbild")
class ReportController {

    private final IncidentService incidents;
    private final WeeklyPictureService weekly;
    private final MunicipalityService municipalities;
    private final Clock clock;

    ReportController(IncidentService incidents, WeeklyPictureService weekly, MunicipalityService municipalities, Clock clock) {
        this.incidents = incidents;
        this.weekly = weekly;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    @GetMapping("/rapportera")
    String newReport(Actor actor, Model model) {
        actor.require(Role.REPORTER, Role.COORDINATOR, Role.ANALYST);
        return form(actor, ReportForm.startingAt(LocalDateTime.now(clock.withZone(IncidentService.SWEDEN))), Map.of(), model);
    }

    @PostMapping("/rapportera")
    String file(Actor actor, @ModelAttribute("report") ReportForm form, @RequestParam(required = false) MultipartFile photo,
            Model model, RedirectAttributes flash) throws IOException {
        actor.require(Role.REPORTER, Role.COORDINATOR, Role.ANALYST);
        byte[] photoBytes = photo == null || photo.isEmpty() ? null : photo.getBytes();
        ReportForm.Parsed parsed = form.toReport(photoBytes, "FORM");
        if (!parsed.problems().isEmpty()) {
            return form(actor, form, errors(parsed.problems()), model);
        }
        try {
            long id = incidents.file(actor, parsed.report());
            flash.addFlashAttribute("message", "report.filed");
            return "redirect:/lagesbild/rapporter/" + id;
        } catch (InvalidInputException e) {
            return form(actor, form, errors(e.problems()), model);
        }
    }

    @GetMapping("/mina-rapporter")
    String mine(Actor actor, Model model) {
        List<IncidentReport> reports = incidents.list(actor,
                new ReportFilter(null, null, List.of(), null, null, actor.userId(), ReportFilter.MAX_LIMIT));
        model.addAttribute("reports", reports);
        model.addAttribute("feedback", weekly.feedbackByWeek(actor.municipalityCode()));
        return "incident/mine";
    }

    @GetMapping("/rapporter")
    String list(Actor actor, @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) List<Long> category, @RequestParam(required = false) Long area, Model model) {
        actor.require(Role.COORDINATOR, Role.ANALYST, Role.MANAGER);
        LocalDate today = LocalDate.now(clock.withZone(IncidentService.SWEDEN));
        LocalDate start = from == null ? today.minusDays(30) : from;
        LocalDate end = to == null ? today : to;
        model.addAttribute("reports", incidents.list(actor, new ReportFilter(start, end, category, area, null, null, 1000)));
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("selectedCategories", category == null ? List.of() : category);
        model.addAttribute("selectedArea", area);
        model.addAttribute("categories", incidents.categories(actor.municipalityCode()));
        model.addAttribute("areas", municipalities.areas(actor.municipalityCode()));
        return "incident/list";
    }

    /** The same reports as the list, as GeoJSON for its map. */
    @GetMapping(value = "/rapporter.geojson", produces = "application/geo+json")
    ResponseEntity<String> listGeoJson(Actor actor, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) List<Long> category,
            @RequestParam(required = false) Long area) {
        List<IncidentReport> reports = incidents.list(actor,
                new ReportFilter(from, to, category, area, null, null, ReportFilter.MAX_LIMIT));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json"))
                .body(ReportGeoJson.featureCollection(reports));
    }

    @GetMapping("/rapporter/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        IncidentReport report = incidents.get(actor, id);
        model.addAttribute("report", report);
        model.addAttribute("feedback", weekly.feedbackByWeek(actor.municipalityCode())
                .get(IsoWeek.of(report.occurredFrom().atZoneSameInstant(IncidentService.SWEDEN).toLocalDate()).monday()));
        return "incident/show";
    }

    @GetMapping("/rapporter/{id}/foto")
    ResponseEntity<byte[]> photo(Actor actor, @PathVariable long id) {
        IncidentService.Photo photo = incidents.photo(actor, id).orElseThrow(() -> new NotFoundException("Ingen bild"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noStore())
                .body(photo.content());
    }

    private String form(Actor actor, ReportForm form, Map<String, String> errors, Model model) {
        model.addAttribute("report", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", incidents.categories(actor.municipalityCode()).stream().filter(IncidentCategory::active).toList());
        model.addAttribute("areas", municipalities.areas(actor.municipalityCode()));
        model.addAttribute("policeOptions", PoliceReport.values());
        return "incident/report-form";
    }

    private static Map<String, String> errors(List<InvalidInputException.InputProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(problem -> errors.merge(problem.field(), problem.message(), (a, b) -> a + " " + b));
        return errors;
    }
}
