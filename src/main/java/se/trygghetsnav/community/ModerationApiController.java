package se.trygghetsnav.community;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.trygghetsnav.community.ModerationService.ContentKind;
import se.trygghetsnav.community.ModerationService.LogEntry;
import se.trygghetsnav.community.ModerationService.Report;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;

/** JSON twin of reporting and moderation. Non-moderators and non-admins get 403 (queues) or 404 (a report). */
@RestController
@Tag(name = "Samverkan: moderering", description = "Anmäl innehåll; moderatorer och gruppadministratörer hanterar anmälningar")
class ModerationApiController {

    private final ModerationService moderation;

    ModerationApiController(ModerationService moderation) {
        this.moderation = moderation;
    }

    /** Exactly one of post, comment and chatMessage. */
    record NewReport(Long post, Long comment, Long chatMessage, String reason) {}

    record Created(long id) {}

    record ActionRequest(String action, String reason) {}

    record ReportJson(long id, String municipalityCode, String kind, long contentId, Long postId, Long groupId, String authorName,
            String body, String contentState, String reason, OffsetDateTime createdAt, OffsetDateTime handledAt, String outcome,
            Set<ModerationActionKind> allowedActions) {}

    @PostMapping("/api/v1/community/reports")
    @Operation(summary = "Anmäl ett inlägg, en kommentar eller ett chattmeddelande med en anledning")
    ResponseEntity<Created> report(CommunityUser user, @RequestBody NewReport body) {
        int given = (body.post() == null ? 0 : 1) + (body.comment() == null ? 0 : 1) + (body.chatMessage() == null ? 0 : 1);
        if (given != 1) {
            throw new InvalidInputException(List.of(new InputProblem("post", "Ange precis ett av post, comment och chatMessage")));
        }
        ContentKind kind = body.post() != null ? ContentKind.POST : body.comment() != null ? ContentKind.COMMENT : ContentKind.CHAT;
        long contentId = body.post() != null ? body.post() : body.comment() != null ? body.comment() : body.chatMessage();
        long id = moderation.report(user, kind, contentId, body.reason());
        return ResponseEntity.created(URI.create("/api/v1/community/moderation/reports/" + id)).body(new Created(id));
    }

    @GetMapping("/api/v1/community/moderation/reports")
    @Operation(summary = "Öppna anmälningar av offentligt innehåll (moderatorer), alla kommuner eller en")
    List<ReportJson> queue(CommunityUser user, @RequestParam(required = false) String municipality) {
        return moderation.moderatorQueue(user, municipality).stream().map(r -> json(user, r)).toList();
    }

    @GetMapping("/api/v1/community/moderation/groups/{groupId}/reports")
    @Operation(summary = "Öppna anmälningar av en grupps innehåll (gruppens administratörer)")
    List<ReportJson> groupQueue(CommunityUser user, @PathVariable long groupId) {
        return moderation.groupQueue(user, groupId).stream().map(r -> json(user, r)).toList();
    }

    @GetMapping("/api/v1/community/moderation/reports/{id}")
    @Operation(summary = "En anmälan med innehållet och de åtgärder som går att göra")
    ReportJson get(CommunityUser user, @PathVariable long id) {
        return json(user, moderation.handleable(user, id));
    }

    @PostMapping("/api/v1/community/moderation/reports/{id}/actions")
    @Operation(summary = "Dölj, ta bort, återställ, avfärda, varna eller stäng av; anledning krävs och loggas")
    ReportJson act(CommunityUser user, @PathVariable long id, @RequestBody ActionRequest body) {
        moderation.handleable(user, id);
        moderation.act(user, id, ModerationController.parse(body.action()), body.reason());
        return json(user, moderation.handleable(user, id));
    }

    @GetMapping("/api/v1/community/moderation/log")
    @Operation(summary = "Modereringsloggen: moderatorer allt (eller en kommun), gruppadministratörer sin grupps (group=)")
    List<LogEntry> log(CommunityUser user, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) Long group) {
        if (group != null) {
            moderation.requireGroupAdmin(user, group);
            return moderation.log(null, group);
        }
        moderation.requireModerator(user);
        return moderation.log(municipality, null);
    }

    private ReportJson json(CommunityUser user, Report r) {
        var c = r.content();
        return new ReportJson(r.id(), r.municipalityCode(), c.kind().name(), c.id(), c.postId(), c.groupId(), c.authorName(),
                c.body(), c.state().name(), r.reason(), r.createdAt(), r.handledAt(), r.outcome(),
                ModerationRules.allowedActions(moderation.situation(user, r)));
    }
}
