package se.trygghetsnav.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo profile on its own throw-away database: the data is loaded at start-up (and not again),
 * looks like Tranemo, holds no personal data and the demo accounts can log in. Not an
 * {@code IntegrationTest}: that one empties the municipality and category tables before each test.
 */
@SpringBootTest(properties = "trygghetsnav.embedded-db.data-dir=") // MOCK: the security filter chains need a servlet context
@ActiveProfiles("demo")
class DemoDataTest {

    private static final String TRANEMO = DemoData.MUNICIPALITY;

    @Autowired
    private DemoData demoData;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Test
    void tranemoIsTheMunicipalityTheDataIsFor() {
        assertThat(jdbc.sql("SELECT name FROM municipality WHERE code = :code").param("code", TRANEMO).query(String.class).single())
                .isEqualTo("Tranemo");
    }

    @Test
    void organisationsAccountsAndMemberships() {
        demoData.load();
        assertThat(count("SELECT count(*) FROM organisation_municipality WHERE municipality_code = :m")).isEqualTo(6);
        assertThat(count("""
                SELECT count(*) FROM organisation_municipality om JOIN organisation o ON o.id = om.organisation_id
                WHERE o.name = 'Lokalpolisområde Borås' AND om.municipality_code IN (:m, '1490')
                """)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM app_user WHERE email LIKE '%@tranemo.demo'")).isEqualTo(6);
        assertThat(jdbc.sql("""
                        SELECT DISTINCT m.role FROM membership m JOIN app_user u ON u.id = m.user_id
                        WHERE m.municipality_code = :m AND u.email LIKE '%@tranemo.demo'
                        """).param("m", TRANEMO).query(String.class).list())
                .containsExactlyInAnyOrder("COORDINATOR", "REPORTER", "ANALYST", "MANAGER");
        assertThat(count("""
                SELECT count(*) FROM app_user u WHERE u.email LIKE '%@tranemo.demo'
                AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id AND m.municipality_code = :m)
                """)).isZero();
    }

    @Test
    void localitiesAndAreas() {
        assertThat(count("SELECT count(*) FROM locality WHERE municipality_code = :m")).isEqualTo(12);
        assertThat(count("SELECT count(*) FROM area WHERE municipality_code = :m")).isGreaterThanOrEqualTo(6);
        assertThat(count("""
                SELECT count(*) FROM area WHERE municipality_code = :m AND (geometry ->> 'type' <> 'Polygon'
                    OR geometry #> '{coordinates,0,0}' <> geometry #> '{coordinates,0,-1}'
                    OR min_latitude >= max_latitude OR min_longitude >= max_longitude
                    OR min_latitude < 57.3 OR max_latitude > 57.7 OR min_longitude < 13.1 OR max_longitude > 13.7)
                """)).isZero();
    }

    @Test
    void aYearOfPlausibleReports() {
        long reports = count("SELECT count(*) FROM incident_report WHERE municipality_code = :m");
        assertThat(reports).isBetween(1_500L, 2_200L);
        assertThat(count("""
                SELECT count(*) FROM incident_report WHERE municipality_code = :m
                AND (occurred_from < now() - interval '366 days' OR occurred_from > now() OR created_at < occurred_from
                     OR source <> 'DEMO')
                """)).isZero();
        assertThat(count("""
                SELECT count(*) FROM incident_report r JOIN incident_category c ON c.id = r.category_id
                WHERE r.municipality_code = :m AND c.municipality_code <> :m
                """)).isZero();
        assertThat(count("SELECT count(*) FROM incident_report WHERE municipality_code = :m AND description ~ '[0-9]{10}'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM incident_report WHERE municipality_code = :m AND description = ''")).isZero();
        assertThat(count("""
                SELECT count(*) FROM incident_report WHERE municipality_code = :m AND latitude IS NOT NULL
                AND (latitude NOT BETWEEN 57.3 AND 57.7 OR longitude NOT BETWEEN 13.1 AND 13.7)
                """)).isZero();
        // Points, place-only and area-only reports all occur.
        assertThat(count("SELECT count(*) FROM incident_report WHERE municipality_code = :m AND latitude IS NULL AND area_id IS NULL"))
                .isBetween(reports / 10, reports / 4);
        assertThat(count("SELECT count(*) FROM incident_report WHERE municipality_code = :m AND latitude IS NULL AND area_id IS NOT NULL"))
                .isBetween(reports / 20, reports / 6);
        // A report's point lies within its area's bounding box.
        assertThat(count("""
                SELECT count(*) FROM incident_report r JOIN area a ON a.id = r.area_id
                WHERE r.municipality_code = :m AND r.latitude IS NOT NULL
                AND (r.latitude NOT BETWEEN a.min_latitude AND a.max_latitude OR r.longitude NOT BETWEEN a.min_longitude AND a.max_longitude)
                """)).isZero();
    }

    @Test
    void reportsFollowTimeAndPlacePatterns() {
        long evening = count("""
                SELECT count(*) FROM incident_report WHERE municipality_code = :m
                AND (extract(hour FROM occurred_from AT TIME ZONE 'Europe/Stockholm') >= 18
                     OR extract(hour FROM occurred_from AT TIME ZONE 'Europe/Stockholm') < 2)
                """);
        long all = count("SELECT count(*) FROM incident_report WHERE municipality_code = :m");
        assertThat(evening).isGreaterThan(all * 4 / 10);
        // The last four weeks at the station bring more youth gatherings and vandalism than the four before.
        String station = """
                SELECT count(*) FROM incident_report r JOIN incident_category c ON c.id = r.category_id
                JOIN area a ON a.id = r.area_id
                WHERE r.municipality_code = :m AND a.name = 'Tranemo stationsområdet'
                AND c.code IN ('YOUTH_GATHERING', 'VANDALISM') AND r.occurred_from >= now() - make_interval(days => :from)
                AND r.occurred_from < now() - make_interval(days => :to)
                """;
        long recent = jdbc.sql(station).param("m", TRANEMO).param("from", 28).param("to", 0).query(Long.class).single();
        long before = jdbc.sql(station).param("m", TRANEMO).param("from", 56).param("to", 28).query(Long.class).single();
        assertThat(recent).isGreaterThan(before);
    }

    @Test
    void safetyWorkInTheOpen() {
        assertThat(count("SELECT count(*) FROM safety_walk WHERE municipality_code = :m AND completed_at IS NOT NULL")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM safety_walk WHERE municipality_code = :m AND walk_date > current_date")).isEqualTo(1);
        assertThat(count("""
                SELECT count(*) FROM safety_walk WHERE municipality_code = :m AND completed_at IS NOT NULL
                AND (follow_up_meeting_date > walk_date + 31 OR feedback_date <> (walk_date + interval '6 months')::date)
                """)).isZero();
        assertThat(count("SELECT count(*) FROM walk_observation WHERE municipality_code = :m")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM safety_meeting WHERE municipality_code = :m AND agenda LIKE '18.00 Välkomna%'")).isEqualTo(2);
        assertThat(jdbc.sql("SELECT name FROM working_group WHERE municipality_code = :m ORDER BY name").param("m", TRANEMO)
                .query(String.class).list()).containsExactly("BRÅ Trafik", "BRÅ Unga");
        assertThat(count("""
                SELECT count(*) FROM citizen_promise p WHERE p.municipality_code = :m AND p.published
                AND current_date BETWEEN p.period_from AND p.period_to
                AND (SELECT count(*) FROM citizen_promise_activity a WHERE a.promise_id = p.id) = 4
                """)).isEqualTo(1);
    }

    @Test
    void measuresWithHistory() {
        assertThat(count("SELECT count(*) FROM measure WHERE municipality_code = :m")).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.sql("SELECT DISTINCT status FROM measure WHERE municipality_code = :m").param("m", TRANEMO)
                .query(String.class).list()).contains("PROPOSED", "DECIDED", "IN_PROGRESS", "DONE");
        assertThat(count("""
                SELECT count(*) FROM measure WHERE municipality_code = :m
                AND due_date < current_date AND status NOT IN ('DONE', 'CANCELLED')
                """)).isEqualTo(1);
        assertThat(count("""
                SELECT count(*) FROM measure m WHERE municipality_code = :m
                AND NOT EXISTS (SELECT 1 FROM measure_event e WHERE e.measure_id = m.id)
                """)).isZero();
        assertThat(count("""
                SELECT count(*) FROM measure m WHERE municipality_code = :m
                AND m.status <> (SELECT e.status FROM measure_event e WHERE e.measure_id = m.id ORDER BY e.created_at DESC LIMIT 1)
                """)).isZero();
    }

    @Test
    void loadingAgainAddsNothing() {
        List<Long> before = totals();
        demoData.load();
        demoData.load();
        assertThat(totals()).isEqualTo(before);
    }

    @Test
    void demoAccountsCanLogIn() {
        for (String email : List.of("samordnare@tranemo.demo", "rapportor@tranemo.demo", "fastighet@tranemo.demo",
                "polis@tranemo.demo", "analytiker@tranemo.demo", "kommunchef@tranemo.demo")) {
            UserDetails user = users.loadUserByUsername(email);
            assertThat(passwordEncoder.matches("trygghet-demo-2026", user.getPassword())).as(email).isTrue();
            assertThat(user.isEnabled()).isTrue();
            assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority).as(email).isNotEmpty();
        }
        assertThat(users.loadUserByUsername("samordnare@tranemo.demo").getAuthorities())
                .extracting(GrantedAuthority::getAuthority).contains("ROLE_COORDINATOR");
    }

    private List<Long> totals() {
        return List.of(
                count("SELECT count(*) FROM organisation"),
                count("SELECT count(*) FROM app_user"),
                count("SELECT count(*) FROM membership"),
                count("SELECT count(*) FROM locality"),
                count("SELECT count(*) FROM area"),
                count("SELECT count(*) FROM incident_report"),
                count("SELECT count(*) FROM measure"),
                count("SELECT count(*) FROM measure_event"));
    }

    private long count(String sql) {
        var statement = jdbc.sql(sql);
        if (sql.contains(":m")) {
            statement = statement.param("m", TRANEMO);
        }
        return statement.query(Long.class).single();
    }
}
