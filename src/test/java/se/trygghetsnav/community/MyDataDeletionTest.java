package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.trygghetsnav.BrowserLikeCsrf;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.platform.Role;

/** Deleting an account leaves no personal data anywhere; kept posts show "Borttagen användare". */
class MyDataDeletionTest extends IntegrationTest {

    // accounts outlive each test (app_user is not emptied), so every test has its own unique texts
    private final String NAME = "Zelda Unikanamnsson " + System.nanoTime();
    private final String PROFILE = "Profiltext-UNIK-" + System.nanoTime();

    @Autowired AccessTokens accessTokens;
    @Autowired ZoneDirectory directory;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private Fixtures fixtures;
    private CommunityFixtures community;
    private Fixtures.Person zelda;
    private Fixtures.Person bo;
    private long group;
    private long post;

    @BeforeEach
    void zeldaHasDataEverywhere() {
        fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        community = new CommunityFixtures(jdbc, accessTokens, encoder);
        zelda = community.member(Fixtures.TRANEMO, NAME);
        bo = community.member(Fixtures.TRANEMO, "Bo Berg");
        jdbc.sql("UPDATE community_member SET profile_text = :p WHERE user_id = :u").param("p", PROFILE).param("u", zelda.id()).update();
        group = community.group(Fixtures.TRANEMO, "Gruppen", false, bo.id());
        community.addToGroup(group, zelda.id());
        post = community.post(Fixtures.TRANEMO, zelda.id(), Visibility.PUBLIC, null, Priority.YELLOW, "Zeldas inlägg", 57.48, 13.35);
        community.post(Fixtures.TRANEMO, zelda.id(), Visibility.GROUP, group, Priority.GREEN, "Zeldas gruppinlägg", 57.48, 13.35);
        long bosPost = community.post(Fixtures.TRANEMO, bo.id(), Visibility.PUBLIC, null, Priority.GREEN, "Bos inlägg", 57.48, 13.35);
        jdbc.sql("INSERT INTO community_comment (post_id, author_id, author_name, body) VALUES (:p, :a, :n, 'Zeldas kommentar')")
                .param("p", bosPost).param("a", zelda.id()).param("n", NAME).update();
        jdbc.sql("INSERT INTO community_chat_message (group_id, author_id, author_name, body) VALUES (:g, :a, :n, 'Zeldas chatt')")
                .param("g", group).param("a", zelda.id()).param("n", NAME).update();
        community.zone(zelda.id(), "Hemma hos Zelda", 57.4811, 13.3411, 500);
        jdbc.sql("INSERT INTO shared_position (user_id, latitude, longitude, radius_m, expires_at) VALUES (:u, 57.4822, 13.3422, 300, now() + interval '1 hour')")
                .param("u", zelda.id()).update();
        jdbc.sql("INSERT INTO community_alert (user_id, post_id, reason) VALUES (:u, :p, 'ZONE')").param("u", zelda.id()).param("p", bosPost).update();
        jdbc.sql("INSERT INTO push_subscription (user_id, endpoint, p256dh, auth) VALUES (:u, 'https://push.example/zelda-endpoint', 'k', 'a')")
                .param("u", zelda.id()).update();
        jdbc.sql("INSERT INTO community_consent (user_id, kind, version) VALUES (:u, 'PUSH', '2026-11')").param("u", zelda.id()).update();
        jdbc.sql("INSERT INTO moderation_report (municipality_code, reporter_id, post_id, reason) VALUES (:m, :u, :p, 'Olämpligt')")
                .param("m", Fixtures.TRANEMO).param("u", zelda.id()).param("p", bosPost).update();
        jdbc.sql("INSERT INTO community_survey_answer (municipality_code, user_id, felt_safety, recommend, answered_on) VALUES (:m, :u, 4, 9, current_date)")
                .param("m", Fixtures.TRANEMO).param("u", zelda.id()).update();
    }

    @Test
    void theExportHoldsEverything() throws Exception {
        String json = mvc.perform(get("/samverkan/mina-data/export").with(fixtures.loggedIn(zelda))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains(zelda.email(), NAME, PROFILE, "Zeldas inlägg", "Zeldas kommentar", "Zeldas chatt", "Hemma hos Zelda",
                "57.4822", "zelda-endpoint", "Olämpligt", "CODE_OF_CONDUCT", "PUSH", "\"feltSafety\":4", "Gruppen", "\"reason\":\"ZONE\"");
    }

    @Test
    void deletingAndKeepingThePostsLeavesNoPersonalData() throws Exception {
        mvc.perform(post("/samverkan/mina-data/radera").with(BrowserLikeCsrf.from(mvc, "/samverkan/mina-data", fixtures.loggedIn(zelda)))
                        .param("content", "KEEP").param("confirm", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(traces()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM community_post WHERE author_name = 'Borttagen användare'").query(Long.class).single()).isEqualTo(2);
        String page = mvc.perform(get("/samverkan/inlagg/" + post).with(fixtures.loggedIn(bo))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Borttagen användare", "Zeldas inlägg");
        assertThat(jdbc.sql("SELECT count(*) FROM community_survey_answer").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void deletingAndRemovingThePosts() throws Exception {
        mvc.perform(post("/samverkan/mina-data/radera").with(BrowserLikeCsrf.from(mvc, "/samverkan/mina-data", fixtures.loggedIn(zelda)))
                        .param("content", "REMOVE").param("confirm", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(traces()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM community_post WHERE body LIKE 'Zeldas%'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM community_comment").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM community_post").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void withoutConfirmingNothingIsDeletedAndStaffAreSentToTheirCoordinator() throws Exception {
        mvc.perform(post("/samverkan/mina-data/radera").with(BrowserLikeCsrf.from(mvc, "/samverkan/mina-data", fixtures.loggedIn(zelda)))
                        .param("content", "REMOVE"))
                .andExpect(status().isOk());
        assertThat(traces()).isNotEmpty();
        Fixtures.Person staff = fixtures.person(Fixtures.TRANEMO, fixtures.organisation(Fixtures.TRANEMO, "Polisen", "POLICE"), Role.REPORTER);
        community.join(staff.id(), Fixtures.TRANEMO, MemberKind.STAFF);
        String page = mvc.perform(get("/samverkan/mina-data").with(fixtures.loggedIn(staff))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("samordnare").doesNotContain("mina-data/radera");
    }

    @Test
    void withdrawingTheCodeOfConductIsLeaving() throws Exception {
        long consent = jdbc.sql("SELECT id FROM community_consent WHERE user_id = :u AND kind = 'CODE_OF_CONDUCT'")
                .param("u", zelda.id()).query(Long.class).single();
        mvc.perform(post("/samverkan/mina-data/samtycken/" + consent + "/aterkalla")
                        .with(BrowserLikeCsrf.from(mvc, "/samverkan/mina-data", fixtures.loggedIn(zelda))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/samverkan").with(fixtures.loggedIn(zelda))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM alert_zone WHERE user_id = :u").param("u", zelda.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM community_consent WHERE user_id = :u AND withdrawn_at IS NULL").param("u", zelda.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void withdrawingThePositionConsentStopsAlertsAtOnceNotWhenThePositionWouldExpire() throws Exception {
        directory.reload(); // the fixture wrote the zone and position straight into the tables
        assertThat(directory.positionUsersCovering(57.4822, 13.3422)).containsExactly(zelda.id());
        jdbc.sql("INSERT INTO community_consent (user_id, kind, version) VALUES (:u, 'POSITION', '2026-11')").param("u", zelda.id()).update();
        long consent = jdbc.sql("SELECT id FROM community_consent WHERE user_id = :u AND kind = 'POSITION'")
                .param("u", zelda.id()).query(Long.class).single();
        mvc.perform(post("/samverkan/mina-data/samtycken/" + consent + "/aterkalla")
                        .with(BrowserLikeCsrf.from(mvc, "/samverkan/mina-data", fixtures.loggedIn(zelda))))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.positionUsersCovering(57.4822, 13.3422)).isEmpty();
        assertThat(directory.zoneUsersCovering(57.4811, 13.3411)).containsExactly(zelda.id());

        mvc.perform(post("/samverkan/mina-data/radera").param("content", "KEEP").param("confirm", "true")
                .with(BrowserLikeCsrf.from(mvc, "/samverkan/mina-data", fixtures.loggedIn(zelda))));
        assertThat(directory.zoneUsersCovering(57.4811, 13.3411)).isEmpty();
    }

    /** Every text-like column of every table that holds the e-mail, name, profile text, or a zone or position. */
    private List<String> traces() {
        List<String> found = new ArrayList<>();
        List<String> columns = jdbc.sql("""
                        SELECT format('%I.%I', table_name, column_name) FROM information_schema.columns
                        WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json')
                        """).query(String.class).list();
        for (String column : columns) {
            String table = column.substring(0, column.indexOf('.'));
            String name = column.substring(column.indexOf('.') + 1);
            for (String value : new String[] {zelda.email(), NAME, PROFILE, "Hemma hos Zelda", "zelda-endpoint"}) {
                long hits = jdbc.sql("SELECT count(*) FROM " + table + " WHERE CAST(" + name + " AS text) ILIKE :v")
                        .param("v", "%" + value + "%").query(Long.class).single();
                if (hits > 0) {
                    found.add(column + " holds " + value);
                }
            }
        }
        for (String table : new String[] {"alert_zone", "shared_position", "community_member", "push_subscription", "community_alert"}) {
            if (jdbc.sql("SELECT count(*) FROM " + table + " WHERE user_id = :u").param("u", zelda.id()).query(Long.class).single() > 0) {
                found.add(table + " has a row");
            }
        }
        long positions = jdbc.sql("SELECT count(*) FROM alert_zone WHERE latitude = 57.4811").query(Long.class).single()
                + jdbc.sql("SELECT count(*) FROM shared_position WHERE latitude = 57.4822").query(Long.class).single();
        if (positions > 0) {
            found.add("a zone or position remains");
        }
        return found;
    }
}
