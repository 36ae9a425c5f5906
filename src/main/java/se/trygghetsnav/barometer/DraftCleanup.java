package se.trygghetsnav.barometer;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Removes drafts nobody has touched for a while, so abandoned answers do not pile up. */
@Component
class DraftCleanup {

    private static final Logger log = LoggerFactory.getLogger(DraftCleanup.class);

    private final BarometerRepository repository;
    private final Clock clock;
    private final int keepDays;

    DraftCleanup(BarometerRepository repository, Clock clock,
            @Value("${trygghetsnav.barometer.draft-days:30}") int keepDays) {
        this.repository = repository;
        this.clock = clock;
        this.keepDays = keepDays;
    }

    @Scheduled(cron = "0 17 3 * * *", zone = "Europe/Stockholm")
    void removeOldDrafts() {
        int removed = repository.deleteDraftsSavedBefore(LocalDate.now(clock).minusDays(keepDays));
        if (removed > 0) {
            log.info("Tog bort {} övergivna barometerutkast", removed);
        }
    }
}
