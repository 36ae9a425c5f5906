package se.trygghetsnav;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.platform.Role;

/**
 * Test data with defaults: organisations, people with roles, areas, access tokens. Accounts are
 * not emptied between tests, so every e-mail address is made unique.
 */
public final class Fixtures {

    public static final String TRANEMO = "1452";
    public static final String BORAS = "1490";
    public static final String PASSWORD = "ett långt testlösenord";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final AccessTokens tokens;
    private final PasswordEncoder encoder;
    private final UserDetailsService users;

    public Fixtures(JdbcClient jdbc, AccessTokens tokens, PasswordEncoder encoder, UserDetailsService users) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.encoder = encoder;
        this.users = users;
    }

    public long organisation(String municipality, String name, String kind) {
        long id = jdbc.sql("INSERT INTO organisation (name, kind) VALUES (:name, :kind) RETURNING id")
                .param("name", name).param("kind", kind).query(Long.class).single();
        jdbc.sql("INSERT INTO organisation_municipality (organisation_id, municipality_code) VALUES (:id, :m)")
                .param("id", id).param("m", municipality).update();
        return id;
    }

    /** A person with a password and one role for the organisation in the municipality. */
    public Person person(String municipality, long organisation, Role role) {
        String email = role.name().toLowerCase() + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@test.local";
        long id = jdbc.sql("INSERT INTO app_user (email, display_name, password_hash) VALUES (:email, :name, :hash) RETURNING id")
                .param("email", email).param("name", "Test " + role.name().toLowerCase())
                .param("hash", encoder.encode(PASSWORD)).query(Long.class).single();
        jdbc.sql("INSERT INTO membership (user_id, organisation_id, municipality_code, role) VALUES (:u, :o, :m, :r)")
                .param("u", id).param("o", organisation).param("m", municipality).param("r", role.name()).update();
        return new Person(id, email, tokens.create(id, "test"));
    }

    /** A square area of about 200 m around the point. */
    public long area(String municipality, String name, double latitude, double longitude) {
        double d = 0.001;
        String polygon = String.format(java.util.Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%1$f,%2$f],[%3$f,%2$f],[%3$f,%4$f],[%1$f,%4$f],[%1$f,%2$f]]]}",
                longitude - d, latitude - d, longitude + d, latitude + d);
        return jdbc.sql("""
                        INSERT INTO area (municipality_code, name, geometry, min_latitude, min_longitude, max_latitude, max_longitude)
                        VALUES (:m, :name, CAST(:g AS jsonb), :s, :w, :n, :e) RETURNING id
                        """)
                .param("m", municipality).param("name", name).param("g", polygon)
                .param("s", latitude - d).param("w", longitude - d).param("n", latitude + d).param("e", longitude + d)
                .query(Long.class).single();
    }

    public long category(String municipality, String code) {
        return jdbc.sql("SELECT id FROM incident_category WHERE municipality_code = :m AND code = :c")
                .param("m", municipality).param("c", code).query(Long.class).single();
    }

    /** Acts as the logged-in person in MockMvc, with their real principal. */
    public RequestPostProcessor loggedIn(Person person) {
        UserDetails principal = users.loadUserByUsername(person.email());
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    public record Person(long id, String email, String token) {}
}
