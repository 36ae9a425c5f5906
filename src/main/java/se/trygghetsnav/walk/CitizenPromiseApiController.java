package se.trygghetsnav.walk;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.trygghetsnav.account.Actor;

@RestController
@RequestMapping("/api/v1/citizen-promises")
@Tag(name = "Medborgarlöften", description = "Medborgarlöften från polis och kommun: parter, fokusproblem, aktiviteter och årlig uppföljning")
class CitizenPromiseApiController {

    private final CitizenPromiseService promises;

    CitizenPromiseApiController(CitizenPromiseService promises) {
        this.promises = promises;
    }

    @GetMapping
    @Operation(summary = "Kommunens medborgarlöften, de som gäller längst först")
    List<CitizenPromise> list(Actor actor) {
        return promises.list(actor);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Ett medborgarlöfte med parter, aktiviteter och uppföljningar")
    CitizenPromise get(Actor actor, @PathVariable long id) {
        return promises.get(actor, id);
    }

    @PostMapping
    @Operation(summary = "Lägg in ett medborgarlöfte (samordnare); datum som ÅÅÅÅ-MM-DD, fokusproblem ett per rad")
    ResponseEntity<CitizenPromise> create(Actor actor, @RequestBody CitizenPromiseForm form) {
        CitizenPromise promise = promises.create(actor, form);
        return ResponseEntity.created(URI.create("/api/v1/citizen-promises/" + promise.id())).body(promise);
    }
}
