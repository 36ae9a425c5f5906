package se.trygghetsnav.community;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** JSON twin of the member survey. */
@RestController
@Tag(name = "Samverkan: medlemsenkät", description = "Trygghet 1-5, rekommendation 1-10 och informationens effekt; ett svar per dag")
class SurveyApiController {

    private final SurveyService survey;

    SurveyApiController(SurveyService survey) {
        this.survey = survey;
    }

    /** effect: SAFER, UNCHANGED, LESS_SAFE or null. */
    record SurveyAnswer(Integer feltSafety, Integer recommend, String effect) {}

    @PostMapping("/api/v1/community/survey")
    @Operation(summary = "Svara på medlemsenkäten; 201, 422 vid ogiltiga svar, 409 om du redan svarat i dag")
    ResponseEntity<Void> answer(CommunityUser user, @RequestBody SurveyAnswer body) {
        try {
            survey.answer(user, body.feltSafety(), body.recommend(), body.effect());
        } catch (SurveyService.AlreadyAnsweredException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        }
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }
}
