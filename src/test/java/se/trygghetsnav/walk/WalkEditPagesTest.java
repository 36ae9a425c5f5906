package se.trygghetsnav.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import se.trygghetsnav.BrowserLikeCsrf;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.platform.Role;

/** The route typed as GeoJSON (the no-JavaScript way), editing and deleting a walk, and the invitations. */
class WalkEditPagesTest extends IntegrationTest {

    static final String ROUTE = "{\"type\":\"LineString\",\"coordinates\":[[13.36,57.54],[13.36,57.55],[13.37,57.55]]}";

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private Fixtures fixtures;
    private Fixtures.Person coordinator;
    private Fixtures.Person analyst;
    private Fixtures.Person boras;
    private long limmared;
    private long ljungsarp;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        long tsk = fixtures.organisation(Fixtures.TRANEMO, "Trygg och säker kommun", "MUNICIPAL_DEPARTMENT");
        coordinator = fixtures.person(Fixtures.TRANEMO, tsk, Role.COORDINATOR);
        analyst = fixtures.person(Fixtures.TRANEMO, tsk, Role.ANALYST);
        boras = fixtures.person(Fixtures.BORAS, fixtures.organisation(Fixtures.BORAS, "Borås Stad", "MUNICIPAL_DEPARTMENT"),
                Role.COORDINATOR);
        limmared = locality("Limmared", 57.54, 13.36);
        ljungsarp = locality("Ljungsarp", 57.51, 13.43);
    }

    @Test
    void aRouteTypedAsGeoJsonIsStoredAndShownOnTheWalkAndThePublicPage() throws Exception {
        String walk = plan("2026-05-12", ROUTE);
        assertThat(jdbc.sql("SELECT route FROM safety_walk").query(String.class).single()).isEqualTo(ROUTE);
        String page = page(walk);
        assertThat(page).contains("Rutten har 3 punkter och är ungefär 1,7 km lång.", "data-map=\"route\"", "data-readonly", ROUTE);
        String id = walk.substring(walk.lastIndexOf('/') + 1);
        assertThat(publicPage("/trygghet/1452/vandringar/" + id)).contains("Rutten har 3 punkter", "data-route=");
        assertThat(page(walk + "/observation")).contains("data-map=\"pick\"", "data-route=\"" + ROUTE + "\"");
        String withoutRoute = plan("2026-05-13", "");
        assertThat(page(withoutRoute)).contains("Ingen rutt är ritad.");
    }

    @Test
    void aBadRouteIsShownAgainWithTheProblemAndNothingIsSaved() throws Exception {
        String outside = "{\"type\":\"LineString\",\"coordinates\":[[2.35,48.85],[2.36,48.86]]}";
        String page = HtmlUtils.htmlUnescape(mvc.perform(form(post("/lagesbild/vandringar"), "/lagesbild/vandringar/ny")
                        .param("locality", String.valueOf(limmared)).param("date", "2026-05-12").param("time", "18:00")
                        .param("meetingPoint", "Torget").param("route", outside))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("Alla punkter i rutten ska ligga i Sverige.", "href=\"#field-route\"", outside, "Torget");
        String point = HtmlUtils.htmlUnescape(mvc.perform(form(post("/lagesbild/vandringar"), "/lagesbild/vandringar/ny")
                        .param("locality", String.valueOf(limmared)).param("date", "2026-05-12").param("time", "18:00")
                        .param("route", "{\"type\":\"Point\",\"coordinates\":[13.36,57.54]}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(point).contains("Rutten ska vara en GeoJSON LineString.");
        assertThat(jdbc.sql("SELECT count(*) FROM safety_walk").query(Long.class).single()).isZero();
    }

    @Test
    void theCoordinatorEditsTheWalkAndItsRoute() throws Exception {
        String walk = plan("2026-05-12", ROUTE);
        String edit = page(walk + "/andra");
        assertThat(edit).contains("Ändra trygghetsvandringen", "Torget vid kyrkan", ROUTE, "Spara ändringarna");
        mvc.perform(form(post(walk + "/andra"), walk + "/andra").param("locality", String.valueOf(ljungsarp))
                        .param("date", "2026-05-19").param("time", "17:30").param("meetingPoint", "Skolan")
                        .param("invitedOrganisations", "Polisen").param("invitation", "").param("route", ""))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", "walk.updated"));
        assertThat(page(walk)).contains("Trygghetsvandring i Ljungsarp 2026-05-19", "17:30", "Skolan",
                "Ingen rutt är ritad.");
        String bad = HtmlUtils.htmlUnescape(mvc.perform(form(post(walk + "/andra"), walk + "/andra")
                        .param("locality", String.valueOf(ljungsarp)).param("date", "19 maj").param("time", "17:30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(bad).contains("Ange ett datum.", "19 maj", "Ändra trygghetsvandringen");
        assertThat(jdbc.sql("SELECT walk_date::text FROM safety_walk").query(String.class).single()).isEqualTo("2026-05-19");

        mvc.perform(get(walk + "/andra").with(fixtures.loggedIn(analyst))).andExpect(status().isForbidden());
        mvc.perform(get(walk + "/andra").with(fixtures.loggedIn(boras))).andExpect(status().isNotFound());
        mvc.perform(post(walk + "/andra").with(BrowserLikeCsrf.from(mvc, "/lagesbild/vandringar", fixtures.loggedIn(boras)))
                .param("locality", String.valueOf(limmared)).param("date", "2026-05-19").param("time", "17:30"))
                .andExpect(status().isNotFound());
        // a locality of another municipality is not found either
        long boras1 = jdbc.sql("INSERT INTO locality (municipality_code, name, latitude, longitude) VALUES ('1490', 'Sandared', 57.71, 12.79) RETURNING id")
                .query(Long.class).single();
        mvc.perform(form(post(walk + "/andra"), walk + "/andra").param("locality", String.valueOf(boras1))
                .param("date", "2026-05-19").param("time", "17:30")).andExpect(status().isNotFound());
    }

    @Test
    void aPlannedWalkIsDeletedAtOnceACompletedOneOnlyWhenConfirmedAndItsMeasuresStay() throws Exception {
        String planned = plan("2026-05-12", "");
        mvc.perform(form(post(planned + "/ta-bort"), planned)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM safety_walk").query(Long.class).single()).isZero();

        String walk = plan("2026-01-08", ROUTE);
        String observe = walk + "/observation";
        mvc.perform(form(multipart(observe), observe).param("category", "LIGHTING").param("seen", "Trasig gatlampa"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(multipart(observe), observe).param("category", "LITTER").param("seen", "Skräp vid stationen"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(post(walk + "/avsluta"), walk)).andExpect(status().is3xxRedirection());
        long observation = jdbc.sql("SELECT id FROM walk_observation WHERE category = 'LIGHTING'").query(Long.class).single();
        mvc.perform(form(post(walk + "/observationer/" + observation + "/atgard"), walk)).andExpect(status().is3xxRedirection());
        mvc.perform(form(post(walk + "/mote"), walk)).andExpect(status().is3xxRedirection());

        mvc.perform(post(walk + "/ta-bort").with(fixtures.loggedIn(analyst))
                .with(BrowserLikeCsrf.from(mvc, walk, fixtures.loggedIn(analyst)))).andExpect(status().isForbidden());
        mvc.perform(post(walk + "/ta-bort").with(BrowserLikeCsrf.from(mvc, "/lagesbild/vandringar", fixtures.loggedIn(boras)))
                .param("confirm", "yes")).andExpect(status().isNotFound());

        assertThat(page(walk)).contains("Ja, ta bort den genomförda vandringen");
        mvc.perform(form(post(walk + "/ta-bort"), walk)).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "walk.delete.confirmNeeded"));
        assertThat(jdbc.sql("SELECT count(*) FROM walk_observation").query(Long.class).single()).isEqualTo(2);

        String after = mvc.perform(form(post(walk + "/ta-bort"), walk).param("confirm", "yes"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", "walk.deleted"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(after).isEqualTo("/lagesbild/vandringar");
        assertThat(jdbc.sql("SELECT count(*) FROM safety_walk").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM walk_observation").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT title FROM measure WHERE municipality_code = '1452'").query(String.class).single())
                .isEqualTo("Trygghetsvandring Limmared: Trasig gatlampa");
        assertThat(jdbc.sql("SELECT count(*) FROM safety_meeting WHERE walk_id IS NULL").query(Long.class).single()).isEqualTo(1);
        mvc.perform(get(walk).with(fixtures.loggedIn(coordinator))).andExpect(status().isNotFound());
    }

    @Test
    void theWalkPageSuggestsAnInvitationTheCoordinatorCanEditAndRestore() throws Exception {
        String walk = plan("2026-01-08", "");
        String id = walk.substring(walk.lastIndexOf('/') + 1);
        String page = page(walk);
        assertThat(page).contains("Inbjudan för webben och sociala medier", "Texten är ett förslag",
                "Välkommen på trygghetsvandring i Limmared torsdag 8 januari 2026 kl. 18.00!", "Vi samlas vid Torget vid kyrkan.",
                "/trygghet/1452/vandringar/" + id, "Tranemo");
        mvc.perform(form(post(walk + "/inbjudan"), walk).param("invitation", "Kom och gå med oss i Limmared!"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", "invitation.saved"));
        assertThat(page(walk)).contains("Kom och gå med oss i Limmared!", "Texten är ändrad och sparad.", "Återställ förslaget")
                .doesNotContain("Texten är ett förslag");
        assertThat(publicPage("/trygghet/1452/vandringar/" + id)).contains("Kom och gå med oss i Limmared!",
                "torsdag 8 januari 2026");
        mvc.perform(form(post(walk + "/inbjudan"), walk).param("invitation", "Kom och gå med oss i Limmared!").param("reset", "yes"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(walk)).contains("Texten är ett förslag", "torsdag 8 januari 2026 kl. 18.00");
        assertThat(jdbc.sql("SELECT invitation FROM safety_walk").query(String.class).single()).isEmpty();
        // saving the suggestion unchanged keeps it a suggestion, so that it follows a later change of date
        String suggestion = page(walk).replaceAll("(?s).*<textarea id=\"invitation-text\"[^>]*>(.*?)</textarea>.*", "$1");
        assertThat(suggestion).startsWith("Välkommen på trygghetsvandring");
        mvc.perform(form(post(walk + "/inbjudan"), walk).param("invitation", suggestion)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT invitation FROM safety_walk").query(String.class).single()).isEmpty();

        String readOnly = HtmlUtils.htmlUnescape(mvc.perform(get(walk).with(fixtures.loggedIn(analyst))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(readOnly).contains("invitation-text-readonly", "torsdag 8 januari 2026").doesNotContain("Spara inbjudan");
        mvc.perform(post(walk + "/inbjudan").with(BrowserLikeCsrf.from(mvc, walk, fixtures.loggedIn(analyst)))
                .param("invitation", "x")).andExpect(status().isForbidden());
        mvc.perform(post(walk + "/inbjudan").with(BrowserLikeCsrf.from(mvc, "/lagesbild/vandringar", fixtures.loggedIn(boras)))
                .param("invitation", "x")).andExpect(status().isNotFound());
        mvc.perform(form(post(walk + "/inbjudan"), walk).param("invitation", "x".repeat(4001)))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void theMeetingPageSuggestsAnInvitationTheCoordinatorCanEdit() throws Exception {
        String meeting = mvc.perform(form(post("/lagesbild/moten"), "/lagesbild/moten/ny").param("locality", String.valueOf(limmared))
                        .param("date", "2026-06-02").param("start", "18:00").param("end", "20:00").param("theme", "Trygg väg till skolan")
                        .param("place", "Folkets hus").param("experts", "Kommunpolisen"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = meeting.substring(meeting.lastIndexOf('/') + 1);
        assertThat(page(meeting)).contains("Välkommen på öppet trygghetsmöte i Limmared tisdag 2 juni 2026 kl. 18.00–20.00, Folkets hus!",
                "Kvällens tema: Trygg väg till skolan.", "/trygghet/1452/moten/" + id, "Texten är ett förslag");
        mvc.perform(form(post(meeting + "/inbjudan"), meeting).param("invitation", "Fika och frågor i Folkets hus!"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(meeting)).contains("Fika och frågor i Folkets hus!", "Texten är ändrad och sparad.");
        mvc.perform(post(meeting + "/inbjudan").with(BrowserLikeCsrf.from(mvc, "/lagesbild/moten", fixtures.loggedIn(boras)))
                .param("invitation", "x")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT invitation FROM safety_meeting").query(String.class).single())
                .isEqualTo("Fika och frågor i Folkets hus!");
    }

    @Test
    void theCoveragePageHasAMapOfTheLocalitiesBesideTheTable() throws Exception {
        plan("2026-01-08", "");
        String coverage = page("/lagesbild/vandringar/tackning?term=2022");
        assertThat(coverage).contains("Karta över orterna", "data-map=\"coverage\"", "Teckenförklaring",
                "Har haft en trygghetsvandring under perioden", "Ingen trygghetsvandring under perioden",
                "\"name\":\"Limmared\",\"walks\":1,\"walked\":true", "\"name\":\"Ljungsarp\",\"walks\":0,\"walked\":false",
                "<caption>Orter och trygghetsvandringar");
    }

    String plan(String date, String route) throws Exception {
        return mvc.perform(form(post("/lagesbild/vandringar"), "/lagesbild/vandringar/ny")
                        .param("locality", String.valueOf(limmared)).param("date", date).param("time", "18:00")
                        .param("meetingPoint", "Torget vid kyrkan").param("route", route))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    private long locality(String name, double lat, double lon) {
        return jdbc.sql("INSERT INTO locality (municipality_code, name, latitude, longitude) VALUES (:m, :n, :lat, :lon) RETURNING id")
                .param("m", Fixtures.TRANEMO).param("n", name).param("lat", lat).param("lon", lon).query(Long.class).single();
    }

    private String page(String url) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(url).with(fixtures.loggedIn(coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private String publicPage(String url) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(url)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B form(B request, String page) throws Exception {
        return request.with(BrowserLikeCsrf.from(mvc, page, fixtures.loggedIn(coordinator)));
    }
}
