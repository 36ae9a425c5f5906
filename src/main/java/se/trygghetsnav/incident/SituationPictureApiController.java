package se.trygghetsnav.incident;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;

@RestController
@RequestMapping("/api/v1/pictures")
@Tag(name = "Lägesbild och åtgärdsplan", description = "Lägesbild för en period (Lag 2023:196 § 4) med prioriterade problem och åtgärdsplan")
class SituationPictureApiController {

    private final SituationPictureService pictures;
    private final MessageSource messages;

    SituationPictureApiController(SituationPictureService pictures, MessageSource messages) {
        this.pictures = pictures;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "Kommunens lägesbilder, senaste perioden först")
    List<SituationPicture> list(Actor actor) {
        return pictures.list(actor);
    }

    @PostMapping
    @Operation(summary = "Skapa en lägesbild för en period (samordnare); datum ÅÅÅÅ-MM-DD, högst fem år")
    ResponseEntity<SituationPictureDocument> create(Actor actor, @RequestBody CreateRequest request) {
        List<InputProblem> problems = new ArrayList<>();
        LocalDate from = date(request.from(), "from", problems);
        LocalDate to = date(request.to(), "to", problems);
        if (!problems.isEmpty()) {
            // malformed dates, and whatever else is wrong with the title, in one answer
            SituationPictureRules.checkPeriod(request.title(), LocalDate.MIN, LocalDate.MIN).stream()
                    .map(p -> new InputProblem(p.field(), text(p.message())))
                    .forEach(problems::add);
            throw new InvalidInputException(problems);
        }
        SituationPicture picture = pictures.create(actor, request.title(), from, to);
        return ResponseEntity.created(URI.create("/api/v1/pictures/" + picture.id())).body(pictures.document(actor, picture.id()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Lägesbilden: texterna, kartläggningen av periodens rapporter och de prioriterade problemen")
    SituationPictureDocument get(Actor actor, @PathVariable long id) {
        return pictures.document(actor, id);
    }

    @GetMapping("/{id}/action-plan")
    @Operation(summary = "Åtgärdsplanen: per prioriterat problem dess åtgärder med ansvarig, slutdatum, status och senaste uppföljning")
    ActionPlan actionPlan(Actor actor, @PathVariable long id) {
        return pictures.actionPlan(actor, id);
    }

    private LocalDate date(String text, String field, List<InputProblem> problems) {
        if (text == null || text.isBlank()) {
            return null; // the service names a missing date
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new InputProblem(field, text("picture.error.date.format")));
            return null;
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** A new lägesbild: {@code from} and {@code to} are ISO dates (yyyy-MM-dd), both inclusive. */
    record CreateRequest(String title, String from, String to) {}
}
