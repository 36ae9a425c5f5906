package se.trygghetsnav.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.platform.Tokens;

/**
 * Uploaded files between the preview and the start of an import, in memory for an hour under a
 * random id. Each person keeps at most one: a new upload replaces the previous one.
 */
@Component
class ReportImportUploads {

    static final Duration KEEP = Duration.ofHours(1);

    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
    private final Clock clock;

    ReportImportUploads(Clock clock) {
        this.clock = clock;
    }

    record Upload(long userId, String municipalityCode, String fileName, String csv, Instant storedAt) {}

    String keep(Actor actor, String fileName, String csv) {
        Instant now = Instant.now(clock);
        uploads.values().removeIf(upload -> upload.userId() == actor.userId() || upload.storedAt().isBefore(now.minus(KEEP)));
        String id = Tokens.newToken();
        uploads.put(id, new Upload(actor.userId(), actor.municipalityCode(), fileName, csv, now));
        return id;
    }

    /** The actor's own upload, while it is kept. */
    Optional<Upload> find(Actor actor, String id) {
        Instant oldest = Instant.now(clock).minus(KEEP);
        return Optional.ofNullable(id == null ? null : uploads.get(id))
                .filter(upload -> upload.userId() == actor.userId() && upload.municipalityCode().equals(actor.municipalityCode()))
                .filter(upload -> upload.storedAt().isAfter(oldest));
    }

    void forget(String id) {
        uploads.remove(id);
    }
}
