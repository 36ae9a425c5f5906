package se.trygghetsnav.barometer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.trygghetsnav.platform.InvalidInputException;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Trygghetsbarometern", description = "Anonym självskattning: svara och hämta resultat")
class BarometerApiController {

    private final BarometerService barometer;

    BarometerApiController(BarometerService barometer) {
        this.barometer = barometer;
    }

    @PostMapping("/instruments/" + BarometerService.INSTRUMENT_ID + "/responses")
    @Operation(summary = "Skicka in ett komplett svar (alla 75 frågor) och få resultatet")
    ResponseEntity<BarometerResult> submit(@RequestBody SubmitRequest request) {
        if (request.answers() == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.InputProblem("answers", "Svar saknas")));
        }
        BarometerResult result = barometer.submit(request.answers());
        return ResponseEntity.created(URI.create("/api/v1/results/" + result.token())).body(result);
    }

    @GetMapping("/results/{token}")
    @Operation(summary = "Hämta ett resultat med dess token")
    BarometerResult result(@PathVariable String token) {
        return barometer.result(token);
    }

    /** Answers as question id -> answer code (YES, PARTLY, NO, DONT_KNOW). */
    record SubmitRequest(Map<String, Object> answers) {}
}
