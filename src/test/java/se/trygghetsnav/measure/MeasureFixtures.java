package se.trygghetsnav.measure;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsnav.platform.Role;

/**
 * Test data in plain SQL: organisations, people with roles, areas. E-mail addresses are unique
 * per call because accounts survive between tests.
 */
final class MeasureFixtures {

    static final String TIDAHOLM = "1498";
    static final String BORAS = "1490";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;

    MeasureFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long organisation(String municipalityCode, String name) {
        long id = jdbc.sql("INSERT INTO organisation (name, kind) VALUES (:name, 'MUNICIPAL_DEPARTMENT') RETURNING id")
                .param("name", name)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO organisation_municipality (organisation_id, municipality_code) VALUES (:id, :m)")
                .param("id", id)
                .param("m", municipalityCode)
                .update();
        return id;
    }

    /** A person with a password (so that access tokens work) and the given roles for the organisation. */
    Person person(String displayName, long organisationId, String municipalityCode, Role... roles) {
        String email = "measure-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet() + "@test.local";
        long id = jdbc.sql("""
                        INSERT INTO app_user (email, display_name, password_hash, enabled)
                        VALUES (:email, :name, '{noop}not-used-here', true) RETURNING id
                        """)
                .param("email", email)
                .param("name", displayName)
                .query(Long.class)
                .single();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO membership (user_id, organisation_id, municipality_code, role) VALUES (:user, :org, :m, :role)")
                    .param("user", id)
                    .param("org", organisationId)
                    .param("m", municipalityCode)
                    .param("role", role.name())
                    .update();
        }
        return new Person(id, email, displayName);
    }

    /** A small square area (GeoJSON polygon) around the given point. */
    long area(String municipalityCode, String name, double latitude, double longitude) {
        double d = 0.005;
        String geometry = """
                {"type":"Polygon","coordinates":[[[%1$s,%2$s],[%3$s,%2$s],[%3$s,%4$s],[%1$s,%4$s],[%1$s,%2$s]]]}
                """.formatted(longitude - d, latitude - d, longitude + d, latitude + d).strip();
        return jdbc.sql("""
                        INSERT INTO area (municipality_code, name, geometry, min_latitude, min_longitude, max_latitude, max_longitude)
                        VALUES (:m, :name, CAST(:geometry AS jsonb), :minLat, :minLon, :maxLat, :maxLon) RETURNING id
                        """)
                .param("m", municipalityCode)
                .param("name", name)
                .param("geometry", geometry)
                .param("minLat", latitude - d)
                .param("minLon", longitude - d)
                .param("maxLat", latitude + d)
                .param("maxLon", longitude + d)
                .query(Long.class)
                .single();
    }

    long category(String municipalityCode, String code) {
        return jdbc.sql("SELECT id FROM incident_category WHERE municipality_code = :m AND code = :code")
                .param("m", municipalityCode)
                .param("code", code)
                .query(Long.class)
                .single();
    }

    record Person(long id, String email, String displayName) {}
}
