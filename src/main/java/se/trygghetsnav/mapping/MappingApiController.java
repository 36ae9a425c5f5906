package se.trygghetsnav.mapping;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.trygghetsnav.platform.InvalidInputException;

@RestController
@RequestMapping("/api/v1/mapping")
@Tag(name = "Kartläggning", description = "Kartläggningar över kommuner: omgångar, inbjudningar, svar och tabeller")
class MappingApiController {

    private final MappingService mapping;

    MappingApiController(MappingService mapping) {
        this.mapping = mapping;
    }

    @PostMapping("/rounds")
    @Operation(summary = "Skapa en kartläggningsomgång (operatör eller samordnare); en inbjudan per kommun")
    ResponseEntity<MappingService.CreatedRound> create(Organiser organiser, @RequestBody RoundRequest request) {
        MappingService.CreatedRound created = mapping.create(organiser, new MappingService.NewRound(request.name(),
                request.instrument(), request.municipalities(), request.emails(), request.deadline()));
        return ResponseEntity.created(URI.create("/api/v1/mapping/rounds/" + created.round().id())).body(created);
    }

    @GetMapping("/rounds")
    @Operation(summary = "Organisatörens kartläggningsomgångar")
    List<MappingRound> rounds(Organiser organiser) {
        return mapping.rounds(organiser);
    }

    @GetMapping("/rounds/{id}")
    @Operation(summary = "En omgång med dess inbjudningar och vilka som har svarat")
    RoundView round(Organiser organiser, @PathVariable long id) {
        return new RoundView(mapping.round(organiser, id), mapping.invitations(organiser, id));
    }

    @PostMapping("/rounds/{id}/reminders")
    @Operation(summary = "Skicka påminnelse till kommuner som inte har svarat")
    Map<String, Integer> remind(Organiser organiser, @PathVariable long id) {
        return Map.of("sent", mapping.remind(organiser, id));
    }

    @PostMapping("/rounds/{id}/close")
    @Operation(summary = "Stäng omgången; därefter tas inga svar emot")
    MappingRound close(Organiser organiser, @PathVariable long id) {
        mapping.close(organiser, id);
        return mapping.round(organiser, id);
    }

    @GetMapping("/rounds/{id}/table")
    @Operation(summary = "Tabellen Ja/Nej/Vet ej: antal och frekvens i hela procent av de kommuner som svarat")
    MappingTable table(Organiser organiser, @PathVariable long id, @RequestParam(required = false) String county) {
        return mapping.table(organiser, id, county);
    }

    @GetMapping("/rounds/{id}/free-texts")
    @Operation(summary = "Fritextsvaren per fråga med kommunens namn")
    List<MappingService.FreeTextGroup> freeTexts(Organiser organiser, @PathVariable long id, @RequestParam(required = false) String county) {
        return mapping.freeTexts(organiser, id, county);
    }

    @GetMapping("/rounds/{id}/comparison/{earlier}")
    @Operation(summary = "Förändring per fråga mot en tidigare omgång av samma instrument, i procentenheter")
    List<MappingService.Change> compare(Organiser organiser, @PathVariable long id, @PathVariable long earlier,
            @RequestParam(required = false) String county) {
        return mapping.compare(organiser, id, earlier, county);
    }

    @PostMapping("/responses")
    @Operation(summary = "Svara med inbjudans token; draft=true sparar utan att skicka in")
    ResponseEntity<ResponseReceipt> respond(@RequestBody ResponseRequest request) {
        if (request.invitation() == null || request.answers() == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.InputProblem(
                    request.invitation() == null ? "invitation" : "answers", "Saknas")));
        }
        boolean draft = Boolean.TRUE.equals(request.draft());
        Invitation invitation = mapping.answer(request.invitation(), request.answers(), !draft);
        return ResponseEntity.status(draft ? HttpStatus.OK : HttpStatus.CREATED)
                .body(new ResponseReceipt(invitation.municipalityCode(), invitation.status()));
    }

    record RoundRequest(String name, String instrument, List<String> municipalities, Map<String, String> emails,
            LocalDate deadline) {}

    record RoundView(MappingRound round, List<Invitation> invitations) {}

    /** Answers as key -> value: q1 -> YES, q1.followup -> text, q5 -> text. */
    record ResponseRequest(String invitation, Map<String, Object> answers, Boolean draft) {}

    record ResponseReceipt(String municipality, String status) {}
}
