package se.trygghetsnav.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a hard JVM death the embedded postmaster may linger and leave {@code postmaster.pid}
 * behind, which makes the next start fail. A supervisor restarts at once, so we wait for the old
 * postmaster to go, stop it if it does not, and remove a lock whose process is gone.
 */
final class StalePostmasterLock {

    private static final Logger log = LoggerFactory.getLogger(StalePostmasterLock.class);
    private static final Duration GRACE = Duration.ofSeconds(15);

    private StalePostmasterLock() {}

    static void clear(Path dataDirectory) throws IOException {
        Path lock = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(lock)) {
            return;
        }
        Optional<ProcessHandle> owner = ownerOf(lock);
        if (owner.isPresent() && owner.get().isAlive()) {
            ProcessHandle postmaster = owner.get();
            log.warn("Väntar på att en kvarvarande PostgreSQL-process ({}) ska avslutas", postmaster.pid());
            awaitExit(postmaster, GRACE);
            if (postmaster.isAlive() && isPostgres(postmaster)) {
                log.warn("Stoppar kvarvarande PostgreSQL-process {}", postmaster.pid());
                postmaster.destroy();
                awaitExit(postmaster, GRACE);
            }
            if (postmaster.isAlive()) {
                return; // something else owns the directory; let PostgreSQL report it
            }
        }
        if (Files.deleteIfExists(lock)) {
            log.info("Tog bort inaktuell låsfil {}", lock);
        }
    }

    private static Optional<ProcessHandle> ownerOf(Path lock) throws IOException {
        List<String> lines = Files.readAllLines(lock);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("postgres")).orElse(false);
    }

    private static void awaitExit(ProcessHandle process, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
