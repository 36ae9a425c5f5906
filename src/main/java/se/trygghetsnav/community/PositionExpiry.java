package se.trygghetsnav.community;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes shared positions once they expire (at most 24 hours after sharing), every few minutes. */
@Component
class PositionExpiry {

    private static final Logger log = LoggerFactory.getLogger(PositionExpiry.class);

    private final ZoneService zones;

    PositionExpiry(ZoneService zones) {
        this.zones = zones;
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    void deleteExpired() {
        int deleted = zones.deleteExpiredPositions().size();
        if (deleted > 0) {
            log.info("{} utgångna delade positioner raderade", deleted);
        }
    }
}
