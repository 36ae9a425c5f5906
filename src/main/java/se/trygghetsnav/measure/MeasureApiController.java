package se.trygghetsnav.measure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.trygghetsnav.account.Actor;

@RestController
@RequestMapping("/api/v1/measures")
@Tag(name = "Åtgärder", description = "Åtgärder i kommunens åtgärdsplan: förslag, beslut, genomförande och uppföljning")
class MeasureApiController {

    private final MeasureService measures;

    MeasureApiController(MeasureService measures) {
        this.measures = measures;
    }

    @GetMapping
    @Operation(summary = "Kommunens åtgärder, försenade först; filtrera på status, område och försenade")
    List<Measure> list(Actor actor, @RequestParam(required = false) MeasureStatus status,
            @RequestParam(required = false) Long area, @RequestParam(defaultValue = "false") boolean overdue) {
        return measures.list(actor, new MeasureFilter(status, area, overdue));
    }

    @GetMapping("/{id}")
    @Operation(summary = "En åtgärd")
    Measure get(Actor actor, @PathVariable long id) {
        return measures.get(actor, id);
    }

    @GetMapping("/{id}/events")
    @Operation(summary = "Åtgärdens historik: statusändringar och uppföljningar, äldst först")
    List<MeasureEvent> history(Actor actor, @PathVariable long id) {
        return measures.history(actor, id);
    }

    @PostMapping
    @Operation(summary = "Föreslå en åtgärd (samordnare eller analytiker)")
    ResponseEntity<Measure> propose(Actor actor, @Valid @RequestBody MeasureForm form,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate proposedInWeek) {
        Measure measure = measures.propose(actor, form, proposedInWeek);
        return ResponseEntity.created(URI.create("/api/v1/measures/" + measure.id())).body(measure);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Ändra en åtgärds uppgifter (samordnare); statusen ändras inte här")
    Measure update(Actor actor, @PathVariable long id, @Valid @RequestBody MeasureForm form) {
        return measures.update(actor, id, form);
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Ändra status: besluta (chef eller samordnare), starta, slutföra eller avbryta (samordnare eller analytiker)")
    Measure changeStatus(Actor actor, @PathVariable long id, @Valid @RequestBody StatusChangeForm change) {
        return measures.changeStatus(actor, id, change.status(), change.note());
    }

    @PostMapping("/{id}/follow-ups")
    @Operation(summary = "Lägg till en uppföljning; svaret är hela historiken")
    List<MeasureEvent> followUp(Actor actor, @PathVariable long id, @Valid @RequestBody FollowUpForm followUp) {
        measures.addFollowUp(actor, id, followUp.note());
        return measures.history(actor, id);
    }
}
