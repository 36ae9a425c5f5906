package se.trygghetsnav.community;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The member's notification list as JSON, with the unread count; marking alerts read. */
@RestController
@RequestMapping("/api/v1/community/alerts")
class AlertApiController {

    private final AlertList alerts;

    AlertApiController(AlertList alerts) {
        this.alerts = alerts;
    }

    @GetMapping
    AlertList.Page list(CommunityUser user) {
        return alerts.list(user);
    }

    @GetMapping("/unread")
    Map<String, Long> unread(CommunityUser user) {
        return Map.of("unread", alerts.unread(user));
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> markRead(CommunityUser user, @PathVariable long id) {
        alerts.markRead(user, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read")
    Map<String, Integer> markAllRead(CommunityUser user) {
        return Map.of("marked", alerts.markAllRead(user));
    }
}
