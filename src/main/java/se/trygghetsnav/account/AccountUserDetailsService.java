package se.trygghetsnav.account;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import se.trygghetsnav.platform.Role;

/** Loads people by e-mail (log-in) or id (access tokens) with their roles and memberships. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountUserDetailsService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public AccountPrincipal loadUserByUsername(String email) {
        return load("lower(email) = lower(:key)", email).orElseThrow(() -> new UsernameNotFoundException("Okänd användare"));
    }

    Optional<AccountPrincipal> loadById(long userId) {
        return load("id = :key", userId);
    }

    private Optional<AccountPrincipal> load(String condition, Object key) {
        record Row(long id, String email, String displayName, String passwordHash, boolean enabled, OffsetDateTime lockedUntil) {}
        Optional<Row> found = jdbc.sql("SELECT id, email, display_name, password_hash, enabled, locked_until FROM app_user WHERE " + condition)
                .param("key", key)
                .query(Row.class)
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Row user = found.get();
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        jdbc.sql("SELECT role FROM app_user_role WHERE user_id = :id").param("id", user.id()).query(String.class).list()
                .forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        List<Membership> memberships = jdbc.sql("""
                        SELECT m.organisation_id, o.name AS organisation_name, m.municipality_code, k.name AS municipality_name, m.role
                        FROM membership m JOIN organisation o ON o.id = m.organisation_id JOIN municipality k ON k.code = m.municipality_code
                        WHERE m.user_id = :id ORDER BY k.name, o.name, m.role
                        """)
                .param("id", user.id())
                .query((rs, row) -> new Membership(rs.getLong("organisation_id"), rs.getString("organisation_name"),
                        rs.getString("municipality_code"), rs.getString("municipality_name"), Role.valueOf(rs.getString("role"))))
                .list();
        memberships.stream().map(m -> "ROLE_" + m.role().name()).distinct()
                .forEach(role -> authorities.add(new SimpleGrantedAuthority(role)));
        boolean nonLocked = user.lockedUntil() == null || user.lockedUntil().toInstant().isBefore(Instant.now(clock));
        return Optional.of(new AccountPrincipal(user.id(), user.email(), user.passwordHash(), user.enabled(), nonLocked,
                user.displayName(), memberships, authorities));
    }
}
