package se.trygghetsnav.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.platform.Role;
import se.trygghetsnav.platform.Tokens;

/**
 * Creates the first operator account from configuration ({@code trygghetsnav.operator.email} and
 * {@code trygghetsnav.operator.password}) when no operator exists. Without a configured password a
 * random one is generated and written to the log once, so no password ever lives in the repository.
 */
@Component
class OperatorAccountInitializer {

    private static final Logger log = LoggerFactory.getLogger(OperatorAccountInitializer.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final String email;
    private final String password;

    OperatorAccountInitializer(JdbcClient jdbc, PasswordEncoder passwordEncoder,
            @Value("${trygghetsnav.operator.email:operator@trygghetsnav.local}") String email,
            @Value("${trygghetsnav.operator.password:}") String password) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.email = email;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void createOperatorIfMissing() {
        boolean exists = jdbc.sql("SELECT count(*) > 0 FROM app_user_role WHERE role = 'OPERATOR'")
                .query(Boolean.class)
                .single();
        if (exists) {
            return;
        }
        String initialPassword = password.isBlank() ? Tokens.newToken().substring(0, 20) : password;
        long id = jdbc.sql("""
                        INSERT INTO app_user (email, display_name, password_hash)
                        VALUES (:email, 'Operatör', :hash) RETURNING id
                        """)
                .param("email", email)
                .param("hash", passwordEncoder.encode(initialPassword))
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (:id, :role)")
                .param("id", id)
                .param("role", Role.OPERATOR.name())
                .update();
        if (password.isBlank()) {
            log.warn("Skapade operatörskontot {} med det genererade lösenordet {} (sätt "
                    + "TRYGGHETSNAV_OPERATOR_PASSWORD för att välja ett eget)", email, initialPassword);
        } else {
            log.info("Skapade operatörskontot {}", email);
        }
    }
}
