package se.trygghetsnav.community;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.Fixtures.Person;
import se.trygghetsnav.account.AccessTokens;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Community test data straight into the tables: members who accepted the code of conduct (with a
 * password {@link Fixtures#PASSWORD} and an access token), groups, posts and zones.
 */
public final class CommunityFixtures {

    public static final String CODE_OF_CONDUCT_VERSION = "2026-11";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final AccessTokens tokens;
    private final PasswordEncoder encoder;

    public CommunityFixtures(JdbcClient jdbc, AccessTokens tokens, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.encoder = encoder;
    }

    /** A resident of the municipality who has joined and accepted the code of conduct. */
    public Person member(String municipality, String displayName) {
        String email = "medlem-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@test.local";
        long id = jdbc.sql("INSERT INTO app_user (email, display_name, password_hash) VALUES (:e, :n, :h) RETURNING id")
                .param("e", email).param("n", displayName).param("h", encoder.encode(Fixtures.PASSWORD))
                .query(Long.class).single();
        join(id, municipality, MemberKind.RESIDENT);
        return new Person(id, email, tokens.create(id, "test"));
    }

    /** Makes an existing account (e.g. staff from {@link Fixtures#person}) a member. */
    public void join(long userId, String municipality, MemberKind kind) {
        jdbc.sql("INSERT INTO community_member (user_id, municipality_code, kind) VALUES (:u, :m, :k)")
                .param("u", userId).param("m", municipality).param("k", kind.name()).update();
        jdbc.sql("INSERT INTO community_consent (user_id, kind, version) VALUES (:u, 'CODE_OF_CONDUCT', :v)")
                .param("u", userId).param("v", CODE_OF_CONDUCT_VERSION).update();
    }

    public void grantModerator(long userId) {
        jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (:u, 'MODERATOR') ON CONFLICT DO NOTHING")
                .param("u", userId).update();
    }

    public long group(String municipality, String name, boolean locked, long adminId) {
        long id = jdbc.sql("""
                        INSERT INTO community_group (municipality_code, name, locked, created_by) VALUES (:m, :n, :l, :a) RETURNING id
                        """).param("m", municipality).param("n", name).param("l", locked).param("a", adminId)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO community_group_member (group_id, user_id, status, admin) VALUES (:g, :u, 'MEMBER', true)")
                .param("g", id).param("u", adminId).update();
        return id;
    }

    public void addToGroup(long groupId, long userId) {
        jdbc.sql("INSERT INTO community_group_member (group_id, user_id, status) VALUES (:g, :u, 'MEMBER')")
                .param("g", groupId).param("u", userId).update();
    }

    /** A post stored directly (no alerts are sent). */
    public long post(String municipality, long authorId, Visibility visibility, Long groupId, Priority priority,
            String body, double latitude, double longitude) {
        return jdbc.sql("""
                        INSERT INTO community_post (municipality_code, author_id, author_name, visibility, group_id, priority, body,
                                                    latitude, longitude, exact_position)
                        VALUES (:m, :a, (SELECT display_name FROM app_user WHERE id = :a), :v, :g, :p, :b, :lat, :lon, true)
                        RETURNING id
                        """)
                .param("m", municipality).param("a", authorId).param("v", visibility.name()).param("g", groupId)
                .param("p", priority.name()).param("b", body).param("lat", latitude).param("lon", longitude)
                .query(Long.class).single();
    }

    public long zone(long userId, String name, double latitude, double longitude, int radiusMetres) {
        return jdbc.sql("""
                        INSERT INTO alert_zone (user_id, name, latitude, longitude, radius_m) VALUES (:u, :n, :lat, :lon, :r) RETURNING id
                        """).param("u", userId).param("n", name).param("lat", latitude).param("lon", longitude)
                .param("r", radiusMetres).query(Long.class).single();
    }
}
