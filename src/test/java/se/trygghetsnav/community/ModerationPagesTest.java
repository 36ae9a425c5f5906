package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import se.trygghetsnav.BrowserLikeCsrf;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.Fixtures.Person;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.platform.Role;

/** The report form, the queues, a report's page with the actions, and turning a post into an incident report. */
class ModerationPagesTest extends IntegrationTest {

    @Autowired AccessTokens tokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private Fixtures fixtures;
    private CommunityFixtures community;
    private Person author;
    private Person reporter;
    private Person moderator;
    private long post;

    @BeforeEach
    void data() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
        fixtures = new Fixtures(jdbc, tokens, encoder, users);
        community = new CommunityFixtures(jdbc, tokens, encoder);
        author = community.member(Fixtures.TRANEMO, "Åsa Författare");
        reporter = community.member(Fixtures.TRANEMO, "Rut Rapportör");
        moderator = community.member(Fixtures.TRANEMO, "Mona Moderator");
        community.grantModerator(moderator.id());
        post = community.post(Fixtures.TRANEMO, author.id(), Visibility.PUBLIC, null, Priority.RED,
                "Två personer bryter upp cykelförråd vid Storgatan 3, en i röd jacka", 57.4851, 13.3473);
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aMemberReportsAPostAndAModeratorHidesItFromTheQueue() throws Exception {
        RequestPostProcessor asReporter = fixtures.loggedIn(reporter);
        String form = "/samverkan/anmal?inlagg=" + post;
        assertThat(page(form, asReporter)).contains("Anmäl innehåll", "bryter upp cykelförråd", "Åsa Författare");

        String missing = HtmlUtils.htmlUnescape(mvc.perform(post("/samverkan/anmal").with(BrowserLikeCsrf.from(mvc, form, asReporter))
                        .param("inlagg", String.valueOf(post)).param("reason", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(missing).contains("Skriv varför innehållet bryter mot uppförandekoden");

        mvc.perform(post("/samverkan/anmal").with(BrowserLikeCsrf.from(mvc, form, asReporter))
                        .param("inlagg", String.valueOf(post)).param("reason", "Pekar ut personer"))
                .andExpect(status().is3xxRedirection());
        long reportId = jdbc.sql("SELECT id FROM moderation_report").query(Long.class).single();

        RequestPostProcessor asModerator = fixtures.loggedIn(moderator);
        assertThat(page("/samverkan/moderering", asModerator)).contains("Pekar ut personer", "Tranemo");
        String reportPage = "/samverkan/moderering/anmalningar/" + reportId;
        assertThat(page(reportPage, asModerator)).contains("Dölj innehållet", "Stäng av författaren från plattformen");

        String noReason = HtmlUtils.htmlUnescape(mvc.perform(post(reportPage).with(BrowserLikeCsrf.from(mvc, reportPage, asModerator))
                        .param("action", "HIDE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(noReason).contains("Skriv en anledning till åtgärden");

        mvc.perform(post(reportPage).with(BrowserLikeCsrf.from(mvc, reportPage, asModerator))
                        .param("action", "HIDE").param("reason", "Personuppgifter om andra"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(reportPage, asModerator)).contains("Dolt av moderator", "Innehållet har dolts.", "Återställ innehållet");
        assertThat(page("/samverkan/moderering", asModerator)).contains("Inga öppna anmälningar", "Mona Moderator", "dolde innehåll",
                "Personuppgifter om andra");
        assertThat(page("/samverkan/mina-anmalningar", asReporter)).contains("Din anmälan är hanterad", "Innehållet har dolts.", "Pekar ut personer");

        // hidden content is out of reach for members, and the queue and reports for non-moderators
        mvc.perform(get(form).with(asReporter)).andExpect(status().isNotFound());
        mvc.perform(get("/samverkan/moderering").with(asReporter)).andExpect(status().isForbidden());
        mvc.perform(get(reportPage).with(asReporter)).andExpect(status().isNotFound());
        mvc.perform(get("/samverkan/anmal?inlagg=abc").with(asReporter)).andExpect(status().isNotFound());
        mvc.perform(get("/samverkan/anmal").with(asReporter)).andExpect(status().isNotFound());
    }

    @Test
    void groupAdminsHandleTheirGroupsReports() throws Exception {
        Person admin = community.member(Fixtures.TRANEMO, "Adam Admin");
        Person otherAdmin = community.member(Fixtures.TRANEMO, "Olle Annan");
        long group = community.group(Fixtures.TRANEMO, "Grannsamverkan Centrum", true, admin.id());
        long other = community.group(Fixtures.TRANEMO, "Annan grupp", false, otherAdmin.id());
        community.addToGroup(group, reporter.id());
        community.addToGroup(group, author.id());
        long groupPost = community.post(Fixtures.TRANEMO, author.id(), Visibility.GROUP, group, Priority.GREEN, "Köp mina grejer", 57.48, 13.34);
        jdbc.sql("INSERT INTO moderation_report (municipality_code, reporter_id, post_id, group_id, reason) VALUES ('1452', :r, :p, :g, 'Reklam')")
                .param("r", reporter.id()).param("p", groupPost).param("g", group).update();

        assertThat(page("/samverkan/grupper/" + group + "/anmalningar", fixtures.loggedIn(admin))).contains("Köp mina grejer", "Reklam");
        mvc.perform(get("/samverkan/grupper/" + group + "/anmalningar").with(fixtures.loggedIn(otherAdmin))).andExpect(status().isForbidden());
        assertThat(page("/samverkan/grupper/" + other + "/anmalningar", fixtures.loggedIn(otherAdmin))).contains("Inga öppna anmälningar");
        Person boras = community.member(Fixtures.BORAS, "Bo Borås");
        mvc.perform(get("/samverkan/grupper/" + group + "/anmalningar").with(fixtures.loggedIn(boras))).andExpect(status().isNotFound());
        mvc.perform(get("/samverkan/anmal?inlagg=" + groupPost).with(fixtures.loggedIn(otherAdmin))).andExpect(status().isNotFound());
    }

    @Test
    void aCoordinatorTurnsAPostIntoAnIncidentReportWithALinkBack() throws Exception {
        long organisation = fixtures.organisation(Fixtures.TRANEMO, "Tranemo kommun", "MUNICIPAL_DEPARTMENT");
        Person coordinator = fixtures.person(Fixtures.TRANEMO, organisation, Role.COORDINATOR);
        community.join(coordinator.id(), Fixtures.TRANEMO, MemberKind.STAFF);
        long theft = fixtures.category(Fixtures.TRANEMO, "THEFT");
        RequestPostProcessor asCoordinator = fixtures.loggedIn(coordinator);
        String form = "/samverkan/inlagg/" + post + "/till-lagesbild";
        assertThat(page(form, asCoordinator)).contains("Gör till rapport i lägesbilden", "bryter upp cykelförråd", "Stöld");

        String wrong = HtmlUtils.htmlUnescape(mvc.perform(post(form).with(BrowserLikeCsrf.from(mvc, form, asCoordinator))
                        .param("category", "999999"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(wrong).contains("Välj en kategori som finns i kommunen");
        assertThat(jdbc.sql("SELECT count(*) FROM incident_report").query(Long.class).single()).isZero();

        mvc.perform(post(form).with(BrowserLikeCsrf.from(mvc, form, asCoordinator)).param("category", String.valueOf(theft)))
                .andExpect(status().is3xxRedirection());
        record Filed(long id, String source, String description, long categoryId, double latitude, long reporterId) {}
        Filed filed = jdbc.sql("SELECT id, source, description, category_id, latitude, reporter_id FROM incident_report")
                .query(Filed.class).single();
        assertThat(filed.source()).isEqualTo("COMMUNITY");
        assertThat(filed.description()).contains("samverkansplattformen", "/samverkan/inlagg/" + post, "bryter upp cykelförråd");
        assertThat(filed.categoryId()).isEqualTo(theft);
        assertThat(filed.reporterId()).isEqualTo(coordinator.id());
        assertThat(jdbc.sql("SELECT incident_report_id FROM community_post WHERE id = :p").param("p", post).query(Long.class).single())
                .isEqualTo(filed.id());
        String after = page(form, asCoordinator);
        assertThat(after).contains("Rapporterad till lägesbilden", "/lagesbild/rapporter/" + filed.id()).doesNotContain("Skapa rapporten");
        assertThat(page("/lagesbild/rapporter/" + filed.id(), asCoordinator)).contains("/samverkan/inlagg/" + post);

        // once only; members who are not coordinators get 403, another municipality's coordinator 404
        mvc.perform(post(form).with(BrowserLikeCsrf.from(mvc, "/samverkan/anmal?inlagg=" + post, asCoordinator))
                        .param("category", String.valueOf(theft)))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM incident_report").query(Long.class).single()).isEqualTo(1L);
        mvc.perform(get(form).with(fixtures.loggedIn(reporter))).andExpect(status().isForbidden());
        Person boras = fixtures.person(Fixtures.BORAS, fixtures.organisation(Fixtures.BORAS, "Borås Stad", "MUNICIPAL_DEPARTMENT"),
                Role.COORDINATOR);
        community.join(boras.id(), Fixtures.BORAS, MemberKind.STAFF);
        mvc.perform(get(form).with(fixtures.loggedIn(boras))).andExpect(status().isNotFound());
    }
}
