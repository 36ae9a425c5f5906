package se.trygghetsnav.community;

import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Hands alerts to Web Push (the push helper's PushSender), which sends later and never delays live alerts. */
@Component
class AlertPush {

    private static final Logger log = LoggerFactory.getLogger(AlertPush.class);

    void send(Collection<Long> userIds, String title, String body, String url, String tag) {
        // PushSender (branch helper-commpush) is not merged yet: nothing is pushed until it is.
        log.debug("Web Push ej tillgänglig: {} mottagare för {}", userIds.size(), tag);
    }
}
