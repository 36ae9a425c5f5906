package se.trygghetsnav.account;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Locks an account for a while after repeated failed log-ins; a successful log-in resets the count. */
@Component
class LoginLockout {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginLockout(JdbcClient jdbc, Clock clock, @Value("${trygghetsnav.login.max-failures:5}") int maxFailures,
            @Value("${trygghetsnav.login.lock-duration:15m}") Duration lockDuration) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        jdbc.sql("""
                        UPDATE app_user SET failed_logins = failed_logins + 1,
                               locked_until = CASE WHEN failed_logins + 1 >= :max THEN :until ELSE locked_until END
                        WHERE lower(email) = lower(:email)
                        """)
                .param("max", maxFailures)
                .param("until", OffsetDateTime.now(clock).plus(lockDuration))
                .param("email", String.valueOf(event.getAuthentication().getName()))
                .update();
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = :id AND failed_logins > 0")
                    .param("id", principal.userId())
                    .update();
        }
    }
}
