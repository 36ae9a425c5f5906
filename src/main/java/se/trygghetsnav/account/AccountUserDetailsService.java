package se.trygghetsnav.account;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Logs people in by e-mail address against {@code app_user}. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    AccountUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        record Row(long id, String email, String passwordHash, boolean enabled) {}
        Row user = jdbc.sql("""
                        SELECT id, email, password_hash, enabled FROM app_user WHERE lower(email) = lower(:email)
                        """)
                .param("email", email)
                .query(Row.class)
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("Okänd användare"));
        List<SimpleGrantedAuthority> roles = jdbc.sql("SELECT role FROM app_user_role WHERE user_id = :id ORDER BY role")
                .param("id", user.id())
                .query(String.class)
                .list()
                .stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return User.withUsername(user.email())
                .password(user.passwordHash())
                .disabled(!user.enabled())
                .authorities(roles)
                .build();
    }
}
