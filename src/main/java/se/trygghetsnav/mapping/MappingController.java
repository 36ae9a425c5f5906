package se.trygghetsnav.mapping;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsnav.platform.InvalidInputException;

/** The organiser's pages: rounds, who has answered, reminders, closing, results and exports. */
@Controller
@RequestMapping("/kartlaggning")
class MappingController {

    private final MappingService mapping;
    private final MappingExports exports;

    MappingController(MappingService mapping, MappingExports exports) {
        this.mapping = mapping;
        this.exports = exports;
    }

    @GetMapping
    String rounds(Organiser organiser, Model model) {
        model.addAttribute("rounds", mapping.rounds(organiser));
        return "mapping/rounds";
    }

    @GetMapping("/ny")
    String newRound(Organiser organiser, @RequestParam(name = "lan", required = false) String county, Model model) {
        return form(model, county, "", LocalDate.now().plusWeeks(4), List.of());
    }

    private String form(Model model, String county, String name, LocalDate deadline, List<InvalidInputException.InputProblem> errors) {
        model.addAttribute("counties", mapping.counties());
        model.addAttribute("county", county);
        model.addAttribute("municipalities", county == null || county.isBlank() ? List.of() : mapping.municipalitiesOf(county));
        model.addAttribute("name", name);
        model.addAttribute("deadline", deadline);
        model.addAttribute("errors", errors);
        return "mapping/new";
    }

    @PostMapping
    String create(Organiser organiser, @RequestParam Map<String, String> params,
            @RequestParam(name = "code", required = false) List<String> codes, Model model) {
        Map<String, String> emails = new LinkedHashMap<>();
        params.forEach((key, value) -> {
            if (key.startsWith("email.")) {
                emails.put(key.substring("email.".length()), value);
            }
        });
        LocalDate deadline = parseDate(params.get("deadline"));
        try {
            MappingService.CreatedRound created = mapping.create(organiser, new MappingService.NewRound(params.get("name"),
                    MappingService.INSTRUMENT_ID, codes == null ? List.of() : codes, emails, deadline));
            return "redirect:/kartlaggning/" + created.round().id();
        } catch (InvalidInputException e) {
            return form(model, params.get("lan"), params.getOrDefault("name", ""), deadline, e.problems());
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    @GetMapping("/{id}")
    String round(Organiser organiser, @PathVariable long id, Model model) {
        model.addAttribute("round", mapping.round(organiser, id));
        model.addAttribute("invitations", mapping.invitations(organiser, id));
        return "mapping/round";
    }

    @PostMapping("/{id}/paminn")
    String remind(Organiser organiser, @PathVariable long id, RedirectAttributes flash) {
        flash.addFlashAttribute("reminded", mapping.remind(organiser, id));
        return "redirect:/kartlaggning/" + id;
    }

    @PostMapping("/{id}/stang")
    String close(Organiser organiser, @PathVariable long id, RedirectAttributes flash) {
        mapping.close(organiser, id);
        flash.addFlashAttribute("message", "mapping.round.closedNow");
        return "redirect:/kartlaggning/" + id;
    }

    @GetMapping("/{id}/resultat")
    String results(Organiser organiser, @PathVariable long id, @RequestParam(name = "lan", required = false) String county,
            @RequestParam(name = "jamfor", required = false) Long earlier, Model model) {
        MappingRound round = mapping.round(organiser, id);
        model.addAttribute("round", round);
        model.addAttribute("table", mapping.table(organiser, id, county));
        model.addAttribute("freeTexts", mapping.freeTexts(organiser, id, county));
        model.addAttribute("counties", mapping.counties());
        model.addAttribute("county", county);
        List<MappingRound> others = new ArrayList<>(mapping.rounds(organiser).stream()
                .filter(other -> other.id() != id && other.instrument().equals(round.instrument())).toList());
        model.addAttribute("others", others);
        model.addAttribute("earlier", earlier);
        model.addAttribute("changes", earlier == null ? List.of() : mapping.compare(organiser, id, earlier, county));
        return "mapping/results";
    }

    @GetMapping("/{id}/resultat.xlsx")
    ResponseEntity<byte[]> excel(Organiser organiser, @PathVariable long id, @RequestParam(name = "lan", required = false) String county) {
        MappingRound round = mapping.round(organiser, id);
        byte[] body = exports.excel(round, mapping.table(organiser, id, county), mapping.freeTexts(organiser, id, county));
        return download(body, "kartlaggning-" + id + ".xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/{id}/resultat.csv")
    ResponseEntity<byte[]> csv(Organiser organiser, @PathVariable long id, @RequestParam(name = "lan", required = false) String county) {
        mapping.round(organiser, id);
        return download(exports.csv(mapping.table(organiser, id, county)), "kartlaggning-" + id + ".csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/{id}/resultat.pdf")
    ResponseEntity<byte[]> pdf(Organiser organiser, @PathVariable long id, @RequestParam(name = "lan", required = false) String county) {
        MappingRound round = mapping.round(organiser, id);
        return download(exports.pdf(round, mapping.table(organiser, id, county), mapping.freeTexts(organiser, id, county)),
                "kartlaggning-" + id + ".pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping("/{id}/filer/{fileId}")
    ResponseEntity<byte[]> file(Organiser organiser, @PathVariable long id, @PathVariable long fileId) {
        MappingRepository.StoredFile file = mapping.file(organiser, id, fileId);
        return download(file.content(), file.filename(), MediaType.parseMediaType(file.contentType()));
    }

    private static ResponseEntity<byte[]> download(byte[] body, String filename, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
