package se.trygghetsnav.walk;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.platform.Role;
import se.trygghetsnav.platform.Tokens;

/**
 * The secret link to a municipality's årshjul feed. The token (256 random bits) is shown once and
 * stored only as its SHA-256 hash; a municipality has at most one active link. Renewing revokes
 * the old one.
 */
@Service
public class CalendarFeedService {

    private final JdbcClient jdbc;
    private final Clock clock;

    CalendarFeedService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** When the active link was created, if there is one. */
    public Optional<OffsetDateTime> active(Actor actor) {
        actor.require(Role.COORDINATOR, Role.ANALYST, Role.MANAGER);
        return jdbc.sql("SELECT created_at FROM calendar_feed WHERE municipality_code = :m AND revoked_at IS NULL")
                .param("m", actor.municipalityCode()).query(OffsetDateTime.class).optional();
    }

    /** Creates a new link, revoking the old one; answers the token, which is never stored. */
    @Transactional
    public String renew(Actor actor) {
        actor.require(Role.COORDINATOR);
        revoke(actor);
        String token = Tokens.newToken();
        jdbc.sql("INSERT INTO calendar_feed (municipality_code, token_hash, created_by) VALUES (:m, :h, :u)")
                .param("m", actor.municipalityCode()).param("h", Tokens.hash(token)).param("u", actor.userId()).update();
        return token;
    }

    @Transactional
    public void revoke(Actor actor) {
        actor.require(Role.COORDINATOR);
        jdbc.sql("UPDATE calendar_feed SET revoked_at = :now WHERE municipality_code = :m AND revoked_at IS NULL")
                .param("now", OffsetDateTime.now(clock)).param("m", actor.municipalityCode()).update();
    }

    /** The municipality whose active link the token is; empty for junk, unknown or revoked tokens. */
    public Optional<String> municipality(String token) {
        if (!Tokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT municipality_code FROM calendar_feed WHERE token_hash = :h AND revoked_at IS NULL")
                .param("h", Tokens.hash(token)).query(String.class).optional();
    }
}
