package se.trygghetsnav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.incident.IsoWeek;
import se.trygghetsnav.platform.Role;

/**
 * Walks every GET endpoint of the application that serves municipal data, as a coordinator of
 * another municipality: by page and by API, with ids of Tranemo's data and asking for Tranemo
 * explicitly. The answer is always 403 or 404, or the other municipality's own (empty) data; never
 * a byte of Tranemo's. New endpoints are walked automatically.
 */
class TenantIsolationTest extends IntegrationTest {

    private static final String SECRET = "HEMLIGT";
    private static final List<String> PUBLIC_OR_OTHER = List.of("/api/v1/instruments", "/api/v1/results", "/barometern",
            "/operator", "/api/v1/knowledge", "/kunskap", "/v3/api-docs", "/swagger-ui", "/error", "/logga-in", "/konto/aktivera", "/konto/aterstall",
            "/konto/glomt-losenord", "/integritet", "/hem",
            // the community's public map serves PUBLIC posts of the municipality in the path (CommunityApiTest checks it)
            "/api/v1/community/public", "/samverkan/registrera", "/samverkan/uppforandekod");

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private Fixtures fixtures;
    private Fixtures.Person boras;
    private Map<String, String> ids;

    @BeforeEach
    void tranemoHasSecrets() {
        fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        long org = fixtures.organisation(Fixtures.TRANEMO, SECRET + " organisation", "MUNICIPAL_DEPARTMENT");
        Fixtures.Person reporter = fixtures.person(Fixtures.TRANEMO, org, Role.REPORTER);
        long area = fixtures.area(Fixtures.TRANEMO, SECRET + " område", 57.485, 13.351);
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Stockholm")).minusDays(1);
        long report = jdbc.sql("""
                        INSERT INTO incident_report (municipality_code, category_id, reporter_id, organisation_id, occurred_from,
                            latitude, longitude, area_id, description)
                        VALUES (:m, :c, :r, :o, :t, 57.485, 13.351, :a, :d) RETURNING id
                        """)
                .param("m", Fixtures.TRANEMO).param("c", fixtures.category(Fixtures.TRANEMO, "VANDALISM"))
                .param("r", reporter.id()).param("o", org).param("t", yesterday.atTime(21, 0).atZone(ZoneId.of("Europe/Stockholm")).toOffsetDateTime())
                .param("a", area).param("d", SECRET + " beskrivning")
                .query(Long.class).single();
        jdbc.sql("INSERT INTO incident_photo (report_id, content_type, content, width, height) VALUES (:r, 'image/jpeg', :b, 1, 1)")
                .param("r", report).param("b", (SECRET + " bild").getBytes(StandardCharsets.UTF_8)).update();
        long measure = jdbc.sql("INSERT INTO measure (municipality_code, title, area_id, owner_organisation_id) VALUES (:m, :t, :a, :o) RETURNING id")
                .param("m", Fixtures.TRANEMO).param("t", SECRET + " åtgärd").param("a", area).param("o", org).query(Long.class).single();
        jdbc.sql("INSERT INTO measure_event (measure_id, status, note) VALUES (:id, 'PROPOSED', :n)")
                .param("id", measure).param("n", SECRET + " historik").update();
        jdbc.sql("INSERT INTO weekly_review (municipality_code, week_start, analysis) VALUES (:m, :w, :a)")
                .param("m", Fixtures.TRANEMO).param("w", IsoWeek.of(yesterday).monday()).param("a", SECRET + " analys").update();
        long picture = jdbc.sql("""
                        INSERT INTO situation_picture (municipality_code, title, period_from, period_to, analysis)
                        VALUES (:m, :t, :from, :to, :a) RETURNING id
                        """)
                .param("m", Fixtures.TRANEMO).param("t", SECRET + " lägesbild").param("from", yesterday.minusYears(1))
                .param("to", yesterday).param("a", SECRET + " analys").query(Long.class).single();
        long problem = jdbc.sql("""
                        INSERT INTO situation_problem (picture_id, municipality_code, title, finding) VALUES (:p, :m, :t, :f) RETURNING id
                        """)
                .param("p", picture).param("m", Fixtures.TRANEMO).param("t", SECRET + " problem").param("f", SECRET + " fynd")
                .query(Long.class).single();
        long locality = jdbc.sql("INSERT INTO locality (municipality_code, name, latitude, longitude) VALUES (:m, :n, 57.485, 13.351) RETURNING id")
                .param("m", Fixtures.TRANEMO).param("n", SECRET + " ort").query(Long.class).single();
        long walk = jdbc.sql("""
                        INSERT INTO safety_walk (municipality_code, locality_id, walk_date, start_time, meeting_point, invitation)
                        VALUES (:m, :l, :d, '18:00', :p, :i) RETURNING id
                        """)
                .param("m", Fixtures.TRANEMO).param("l", locality).param("d", yesterday).param("p", SECRET + " mötesplats")
                .param("i", SECRET + " inbjudan").query(Long.class).single();
        long observation = jdbc.sql("""
                        INSERT INTO walk_observation (walk_id, municipality_code, category, seen, photo, after_photo)
                        VALUES (:w, :m, 'LIGHTING', :s, :b, :b) RETURNING id
                        """)
                .param("w", walk).param("m", Fixtures.TRANEMO).param("s", SECRET + " iakttagelse")
                .param("b", (SECRET + " bild").getBytes(StandardCharsets.UTF_8)).query(Long.class).single();
        long meeting = jdbc.sql("""
                        INSERT INTO safety_meeting (municipality_code, locality_id, meeting_date, theme, notes, invitation)
                        VALUES (:m, :l, :d, :t, :n, :i) RETURNING id
                        """)
                .param("m", Fixtures.TRANEMO).param("l", locality).param("d", yesterday).param("t", SECRET + " tema")
                .param("n", SECRET + " anteckningar").param("i", SECRET + " inbjudan").query(Long.class).single();
        long group = jdbc.sql("INSERT INTO working_group (municipality_code, name, purpose) VALUES (:m, :n, :p) RETURNING id")
                .param("m", Fixtures.TRANEMO).param("n", SECRET + " grupp").param("p", SECRET + " syfte").query(Long.class).single();
        long promise = jdbc.sql("""
                        INSERT INTO citizen_promise (municipality_code, title, promise_text, period_from, period_to, focus_problems, published)
                        VALUES (:m, :t, :x, :from, :to, :f, true) RETURNING id
                        """)
                .param("m", Fixtures.TRANEMO).param("t", SECRET + " löfte").param("x", SECRET + " löftestext")
                .param("from", yesterday.minusMonths(1)).param("to", yesterday.plusYears(1)).param("f", SECRET + " fokus")
                .query(Long.class).single();
        jdbc.sql("INSERT INTO citizen_promise_party (promise_id, organisation_id) VALUES (:p, :o)").param("p", promise).param("o", org).update();
        long promiseActivity = jdbc.sql("""
                        INSERT INTO citizen_promise_activity (promise_id, municipality_code, description, owner_organisation_id, due_date)
                        VALUES (:p, :m, :d, :o, :due) RETURNING id
                        """)
                .param("p", promise).param("m", Fixtures.TRANEMO).param("d", SECRET + " aktivitet").param("o", org)
                .param("due", yesterday).query(Long.class).single();
        long followUp = jdbc.sql("""
                        INSERT INTO citizen_promise_follow_up (promise_id, municipality_code, year, achieved, written_on)
                        VALUES (:p, :m, :y, :a, :d) RETURNING id
                        """)
                .param("p", promise).param("m", Fixtures.TRANEMO).param("y", yesterday.getYear()).param("a", SECRET + " uppföljning")
                .param("d", yesterday).query(Long.class).single();
        jdbc.sql("INSERT INTO citizen_promise_follow_up_activity (follow_up_id, activity_id, status) VALUES (:f, :a, 'ONGOING')")
                .param("f", followUp).param("a", promiseActivity).update();
        long member = jdbc.sql("INSERT INTO app_user (email, display_name, password_hash) VALUES (:e, :n, 'x') RETURNING id")
                .param("e", "hemligt-" + System.nanoTime() + "@test.local").param("n", SECRET + " medlem").query(Long.class).single();
        jdbc.sql("INSERT INTO community_member (user_id, municipality_code, kind) VALUES (:u, :m, 'RESIDENT')")
                .param("u", member).param("m", Fixtures.TRANEMO).update();
        long communityGroup = jdbc.sql("INSERT INTO community_group (municipality_code, name, created_by) VALUES (:m, :n, :u) RETURNING id")
                .param("m", Fixtures.TRANEMO).param("n", SECRET + " samverkansgrupp").param("u", member).query(Long.class).single();
        jdbc.sql("INSERT INTO community_group_member (group_id, user_id, status, admin) VALUES (:g, :u, 'MEMBER', true)")
                .param("g", communityGroup).param("u", member).update();
        long communityPost = jdbc.sql("""
                        INSERT INTO community_post (municipality_code, author_id, author_name, visibility, priority, body, latitude, longitude, exact_position)
                        VALUES (:m, :u, :n, 'PUBLIC', 'RED', :b, 57.485, 13.351, true) RETURNING id
                        """).param("m", Fixtures.TRANEMO).param("u", member).param("n", SECRET + " medlem").param("b", SECRET + " inlägg")
                .query(Long.class).single();
        jdbc.sql("INSERT INTO community_photo (post_id, content_type, bytes) VALUES (:p, 'image/jpeg', :b)")
                .param("p", communityPost).param("b", (SECRET + " bild").getBytes(StandardCharsets.UTF_8)).update();
        jdbc.sql("INSERT INTO community_comment (post_id, author_id, author_name, body) VALUES (:p, :u, :n, :b)")
                .param("p", communityPost).param("u", member).param("n", SECRET + " medlem").param("b", SECRET + " kommentar").update();
        jdbc.sql("INSERT INTO community_chat_message (group_id, author_id, author_name, body) VALUES (:g, :u, :n, :b)")
                .param("g", communityGroup).param("u", member).param("n", SECRET + " medlem").param("b", SECRET + " chatt").update();
        long zone = jdbc.sql("INSERT INTO alert_zone (user_id, name, latitude, longitude, radius_m) VALUES (:u, :n, 57.485, 13.351, 500) RETURNING id")
                .param("u", member).param("n", SECRET + " zon").query(Long.class).single();
        jdbc.sql("INSERT INTO shared_position (user_id, latitude, longitude, radius_m, expires_at) VALUES (:u, 57.486, 13.352, 300, now() + interval '1 hour')")
                .param("u", member).update();
        long alert = jdbc.sql("INSERT INTO community_alert (user_id, post_id, reason) VALUES (:u, :p, 'ZONE') RETURNING id")
                .param("u", member).param("p", communityPost).query(Long.class).single();
        long moderationReport = jdbc.sql("""
                        INSERT INTO moderation_report (municipality_code, reporter_id, post_id, reason) VALUES (:m, :u, :p, :r) RETURNING id
                        """).param("m", Fixtures.TRANEMO).param("u", member).param("p", communityPost).param("r", SECRET + " anledning")
                .query(Long.class).single();
        jdbc.sql("INSERT INTO community_survey_answer (municipality_code, user_id, felt_safety, recommend, answered_on) VALUES (:m, :u, 4, 9, current_date)")
                .param("m", Fixtures.TRANEMO).param("u", member).update();
        boras = fixtures.person(Fixtures.BORAS, fixtures.organisation(Fixtures.BORAS, "Borås Stad", "MUNICIPAL_DEPARTMENT"), Role.COORDINATOR);
        // Borås's coordinator is also a member of Borås's community, so the community API answers with Borås's (empty) data
        jdbc.sql("INSERT INTO community_member (user_id, municipality_code, kind) VALUES (:u, :m, 'STAFF')")
                .param("u", boras.id()).param("m", Fixtures.BORAS).update();
        ids = Map.ofEntries(Map.entry("id", String.valueOf(report)), Map.entry("week", IsoWeek.of(yesterday).toString()),
                Map.entry("measure", String.valueOf(measure)), Map.entry("area", String.valueOf(area)),
                Map.entry("picture", String.valueOf(picture)), Map.entry("problem", String.valueOf(problem)),
                Map.entry("walk", String.valueOf(walk)), Map.entry("meeting", String.valueOf(meeting)),
                Map.entry("group", String.valueOf(group)), Map.entry("promise", String.valueOf(promise)),
                Map.entry("promiseActivity", String.valueOf(promiseActivity)),
                Map.entry("observation", String.valueOf(observation)),
                Map.entry("communityPost", String.valueOf(communityPost)),
                Map.entry("communityGroup", String.valueOf(communityGroup)), Map.entry("zone", String.valueOf(zone)),
                Map.entry("alert", String.valueOf(alert)), Map.entry("moderationReport", String.valueOf(moderationReport)));
    }

    @Test
    void anotherMunicipalityNeverSeesTranemosData() throws Exception {
        List<String> walked = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        for (String path : tenantGetPaths()) {
            for (String url : urls(path)) {
                for (String asked : new String[] {url, url + (url.contains("?") ? "&" : "?") + "kommun=" + Fixtures.TRANEMO
                        + "&municipality=" + Fixtures.TRANEMO}) {
                    MvcResult result = mvc.perform(get(asked).with(as(path))).andReturn();
                    int status = result.getResponse().getStatus();
                    String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
                    walked.add(asked + " -> " + status);
                    boolean askedForTranemo = asked.contains("kommun=" + Fixtures.TRANEMO);
                    boolean redirectOnly = status == 302 && body.isEmpty();
                    boolean refused = status == 403 || status == 404;
                    if (body.contains(SECRET) || (askedForTranemo && !refused && !redirectOnly) || status >= 500) {
                        leaks.add(asked + " -> " + status);
                    }
                }
            }
        }
        assertThat(leaks).as("walked:\n" + String.join("\n", walked)).isEmpty();
        assertThat(walked).hasSizeGreaterThan(30)
                .anyMatch(line -> line.startsWith("/samverkan/grupper/") && line.endsWith("-> 404"))
                .anyMatch(line -> line.startsWith("/api/v1/community/zones/") && line.endsWith("-> 404"));
    }

    @Test
    void tranemoItselfSeesItsData() throws Exception {
        Fixtures.Person coordinator = fixtures.person(Fixtures.TRANEMO,
                fixtures.organisation(Fixtures.TRANEMO, "Samordning", "MUNICIPAL_DEPARTMENT"), Role.COORDINATOR);
        String body = mvc.perform(get("/lagesbild/rapporter/" + ids.get("id")).with(fixtures.loggedIn(coordinator)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains(SECRET + " beskrivning");
    }

    /** Every GET path of a controller that needs a municipality: pages and API. */
    private Set<String> tenantGetPaths() {
        Set<String> paths = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String path : info.getPatternValues()) {
                boolean tenant = path.startsWith("/lagesbild") || path.startsWith("/kommun") || path.startsWith("/api/v1") || path.startsWith("/samverkan")
                        || path.startsWith("/meddelanden") || path.startsWith("/konto/profil");
                if (tenant && PUBLIC_OR_OTHER.stream().noneMatch(path::startsWith)) {
                    paths.add(path);
                }
            }
        }
        return paths;
    }

    /** The path with Tranemo's ids in its variables (every combination, so none is missed). */
    private List<String> urls(String path) {
        if (!path.contains("{")) {
            return List.of(path);
        }
        List<String> urls = new ArrayList<>(List.of(path));
        while (urls.get(0).contains("{")) {
            List<String> next = new ArrayList<>();
            for (String url : urls) {
                for (String value : ids.values()) {
                    next.add(url.replaceFirst("\\{[^}]+}", value));
                }
            }
            urls = next;
        }
        return urls;
    }

    private RequestPostProcessor as(String path) {
        if (path.startsWith("/api/")) {
            String token = boras.token();
            return request -> {
                request.addHeader("Authorization", "Bearer " + token);
                return request;
            };
        }
        return fixtures.loggedIn(boras);
    }
}
