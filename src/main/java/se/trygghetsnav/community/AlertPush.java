package se.trygghetsnav.community;

import java.util.Collection;
import org.springframework.stereotype.Component;

/** Hands alerts to Web Push ({@link PushSender}), which sends in the background and never delays live alerts. */
@Component
class AlertPush {

    private final PushSender push;

    AlertPush(PushSender push) {
        this.push = push;
    }

    void send(Collection<Long> userIds, String title, String body, String url, String tag) {
        push.sendLater(userIds, new PushMessage(title, body, url, tag));
    }
}
