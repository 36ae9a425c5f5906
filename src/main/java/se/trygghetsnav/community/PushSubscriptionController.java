package se.trygghetsnav.community;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Web Push subscriptions of the logged-in member: the JSON API (access token) and the same calls for js/push.js on
 * /samverkan/push (session cookie and CSRF token).
 */
@RestController
@Tag(name = "Samverkan: webbpush", description = "Aviseringar i webbläsaren (Web Push med VAPID)")
class PushSubscriptionController {

    static final String API = "/api/v1/community/push-subscriptions";
    static final String PAGE = "/samverkan/push/prenumeration";

    private final PushSubscriptions subscriptions;
    private final VapidKeys vapid;

    PushSubscriptionController(PushSubscriptions subscriptions, VapidKeys vapid) {
        this.subscriptions = subscriptions;
        this.vapid = vapid;
    }

    /** What a browser sends: the JSON of its PushSubscription (expirationTime is ignored). */
    record SubscriptionRequest(String endpoint, Keys keys) {

        record Keys(String p256dh, String auth) {}

        PushSubscriptions.NewSubscription toNew() {
            return new PushSubscriptions.NewSubscription(endpoint, keys == null ? null : keys.p256dh(), keys == null ? null : keys.auth());
        }
    }

    /** The member's push status and the key browsers subscribe with. */
    record PushStatus(String applicationServerKey, int subscriptions, boolean consent) {}

    @GetMapping({API, PAGE})
    @Operation(summary = "VAPID-nyckeln att prenumerera med och hur många webbläsare som har aviseringar påslagna")
    PushStatus status(CommunityUser user) {
        return status(user.userId());
    }

    @PostMapping({API, PAGE})
    @Operation(summary = "Slå på aviseringar för en webbläsare (dess PushSubscription som JSON); ger samtycke till push")
    ResponseEntity<PushStatus> subscribe(CommunityUser user, @RequestBody SubscriptionRequest request) {
        subscriptions.subscribe(user, request == null ? new PushSubscriptions.NewSubscription(null, null, null) : request.toNew());
        return ResponseEntity.status(HttpStatus.CREATED).body(status(user.userId()));
    }

    @DeleteMapping({API, PAGE})
    @Operation(summary = "Stäng av aviseringar för en webbläsare (endpoint) eller alla; samtycket dras tillbaka när ingen finns kvar")
    ResponseEntity<Void> unsubscribe(CommunityUser user, @RequestParam(required = false) String endpoint) {
        subscriptions.unsubscribe(user, endpoint);
        return ResponseEntity.noContent().build();
    }

    private PushStatus status(long userId) {
        return new PushStatus(vapid.publicKey(), subscriptions.count(userId), subscriptions.consented(userId));
    }
}
