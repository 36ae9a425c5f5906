package se.trygghetsnav.account;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.platform.BearerTokenAuthenticator;
import se.trygghetsnav.platform.NotFoundException;
import se.trygghetsnav.platform.Tokens;

/**
 * Personal access tokens for programs: named by their owner, shown once, stored as a hash,
 * revocable. A token acts with its owner's current roles.
 */
@Service
public class AccessTokens implements BearerTokenAuthenticator {

    static final String PREFIX = "tnpat_";

    private final JdbcClient jdbc;
    private final AccountUserDetailsService users;
    private final Clock clock;

    AccessTokens(JdbcClient jdbc, AccountUserDetailsService users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    /** Creates a token and returns it in clear text; this is the only time it can be seen. */
    @Transactional
    public String create(long userId, String name) {
        String token = PREFIX + Tokens.newToken();
        jdbc.sql("INSERT INTO access_token (user_id, name, token_hash) VALUES (:user, :name, :hash)")
                .param("user", userId)
                .param("name", name.strip())
                .param("hash", Tokens.hash(token))
                .update();
        return token;
    }

    public List<AccessToken> list(long userId) {
        return jdbc.sql("""
                        SELECT id, name, created_at, last_used_on, revoked_at FROM access_token
                        WHERE user_id = :user ORDER BY revoked_at NULLS FIRST, created_at DESC
                        """)
                .param("user", userId)
                .query(AccessToken.class)
                .list();
    }

    @Transactional
    public void revoke(long userId, long tokenId) {
        int changed = jdbc.sql("UPDATE access_token SET revoked_at = :now WHERE id = :id AND user_id = :user AND revoked_at IS NULL")
                .param("now", OffsetDateTime.now(clock))
                .param("id", tokenId)
                .param("user", userId)
                .update();
        if (changed == 0) {
            throw new NotFoundException("Ingen sådan aktiv nyckel");
        }
    }

    @Override
    public Optional<Authentication> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        byte[] hash = Tokens.hash(token);
        Optional<UsedToken> found = jdbc.sql("SELECT id, user_id, last_used_on FROM access_token WHERE token_hash = :hash AND revoked_at IS NULL")
                .param("hash", hash)
                .query(UsedToken.class)
                .optional();
        LocalDate today = LocalDate.now(clock);
        // one write a day per token, not one per request: busy programs would queue on the row
        found.filter(used -> !today.equals(used.lastUsedOn())).ifPresent(used -> jdbc.sql(
                        "UPDATE access_token SET last_used_on = :today WHERE id = :id")
                .param("today", today).param("id", used.id()).update());
        Optional<Long> userId = found.map(UsedToken::userId);
        return userId.flatMap(users::loadById)
                .filter(principal -> principal.isEnabled() && principal.isAccountNonLocked())
                .map(principal -> UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    private record UsedToken(long id, long userId, LocalDate lastUsedOn) {}

    public record AccessToken(long id, String name, OffsetDateTime createdAt, LocalDate lastUsedOn, OffsetDateTime revokedAt) {
        public boolean active() {
            return revokedAt == null;
        }
    }
}
