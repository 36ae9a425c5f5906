package se.trygghetsnav.community;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The live stream of a member's alerts and group chat messages (Server-Sent Events), read by js/live.js. */
@RestController
class LiveController {

    private final LiveConnections connections;

    LiveController(LiveConnections connections) {
        this.connections = connections;
    }

    /** The page's stream (session login), and its twin for programs with an access token. */
    @GetMapping(path = {"/samverkan/live", "/api/v1/community/live"}, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(CommunityUser user) {
        return connections.open(user.userId());
    }
}
