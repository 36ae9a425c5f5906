package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import se.trygghetsnav.BrowserLikeCsrf;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.incident.ReportPhotos;
import se.trygghetsnav.platform.Role;

/** The community pages without JavaScript: sign-up, posts, groups, chat, the public map. */
class CommunityPagesTest extends IntegrationTest {

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private Fixtures fixtures;
    private CommunityFixtures community;
    private Fixtures.Person anna;
    private Fixtures.Person bo;

    @BeforeEach
    void setUp() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
        fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        community = new CommunityFixtures(jdbc, accessTokens, encoder);
        anna = community.member(Fixtures.TRANEMO, "Anna Andersson");
        bo = community.member(Fixtures.TRANEMO, "Bo Berg");
    }

    @Test
    void signUpLogsInAndSendsAWelcome() throws Exception {
        MvcResult result = mvc.perform(post("/samverkan/registrera").with(BrowserLikeCsrf.from(mvc, "/samverkan/registrera"))
                        .param("email", "ny@exempel.se").param("password", "ett långt lösenord här").param("displayName", "Nora Ny")
                        .param("municipality", Fixtures.TRANEMO).param("kind", "RESIDENT").param("acceptCode", "true"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/samverkan");
        HttpSession session = result.getRequest().getSession(false);
        assertThat(session).isNotNull();
        String feed = mvc.perform(get("/samverkan").session((org.springframework.mock.web.MockHttpSession) session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(feed).contains("Flöde och karta").as("no sign-up field leaks into the map legend").doesNotContain("Jag är");
        assertThat(jdbc.sql("SELECT version FROM community_consent c JOIN app_user u ON u.id = c.user_id WHERE u.email = 'ny@exempel.se'")
                .query(String.class).single()).isEqualTo(CodeOfConduct.VERSION);
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        assertThat(MAIL.getReceivedMessages()[0].getSubject()).contains("Välkommen", "Tranemo");
    }

    @Test
    void signUpProblemsAreShownNextToTheFieldsAndTheTypedTextIsKept() throws Exception {
        String page = mvc.perform(post("/samverkan/registrera").with(BrowserLikeCsrf.from(mvc, "/samverkan/registrera"))
                        .param("email", anna.email()).param("password", "kort").param("displayName", "Åsa Öberg")
                        .param("municipality", Fixtures.TRANEMO).param("kind", "BUSINESS").param("profileText", "Jag har en butik"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String text = HtmlUtils.htmlUnescape(page);
        assertThat(text).contains("minst 12 tecken", "godkänna uppförandekoden", "Åsa Öberg", "Jag har en butik", anna.email())
                .doesNotContain("value=\"kort\"");
        String taken = HtmlUtils.htmlUnescape(mvc.perform(post("/samverkan/registrera").with(BrowserLikeCsrf.from(mvc, "/samverkan/registrera"))
                        .param("email", anna.email().toUpperCase()).param("password", "ett långt lösenord här").param("displayName", "Åsa")
                        .param("municipality", Fixtures.TRANEMO).param("kind", "RESIDENT").param("acceptCode", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(taken).contains("Det finns redan ett konto");
    }

    @Test
    void staffWhoHaveNotJoinedAreSentToTheJoinPageAndCanJoin() throws Exception {
        long police = fixtures.organisation(Fixtures.TRANEMO, "Polisen", "POLICE");
        Fixtures.Person officer = fixtures.person(Fixtures.TRANEMO, police, Role.REPORTER);
        mvc.perform(get("/samverkan").with(fixtures.loggedIn(officer))).andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/samverkan/ga-med"));
        mvc.perform(post("/samverkan/ga-med").with(BrowserLikeCsrf.from(mvc, "/samverkan/ga-med", fixtures.loggedIn(officer)))
                        .param("municipality", Fixtures.TRANEMO).param("kind", "STAFF").param("acceptCode", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/samverkan").with(fixtures.loggedIn(officer))).andExpect(status().isOk());
        mvc.perform(get("/samverkan/uppforandekod")).andExpect(status().isOk());
        mvc.perform(get("/samverkan")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aPostWithAPhotoAndAnApproximatePositionThenAComment() throws Exception {
        MvcResult created = mvc.perform(form(multipart("/samverkan/inlagg/ny")
                                .file(new MockMultipartFile("photo", "bild.jpg", "image/jpeg", ReportPhotos.jpegWithGpsMarker())),
                        anna, "/samverkan/inlagg/ny")
                        .param("body", "Någon drog i bildörrar på Storgatan, mörk jacka och cykel.").param("priority", "YELLOW")
                        .param("visibility", "PUBLIC").param("latitude", "57.48512").param("longitude", "13.35123").param("exact", "false"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).matches("/samverkan/inlagg/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        double latitude = jdbc.sql("SELECT latitude FROM community_post WHERE id = :id").param("id", id).query(Double.class).single();
        assertThat(latitude).isNotEqualTo(57.48512);

        String page = HtmlUtils.htmlUnescape(mvc.perform(get(location).with(fixtures.loggedIn(bo))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("Anna Andersson", "drog i bildörrar", "Anmäl", "/samverkan/anmal?inlagg=" + id)
                .doesNotContain("till-lagesbild");
        byte[] stored = mvc.perform(get(location + "/foto").with(fixtures.loggedIn(bo))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("GPSLatitude-TESTMARKER", "Exif");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(stored)).getWidth()).isEqualTo(64);

        mvc.perform(form(post(location + "/kommentarer"), bo, location).param("body", "Tack, jag håller utkik."))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get(location).with(fixtures.loggedIn(anna))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Tack, jag håller utkik.", "Bo Berg");
        for (String path : new String[] {"/samverkan", "/samverkan/inlagg/ny", "/samverkan/grupper", "/samverkan/profil",
                "/samverkan/mina-data", "/trygghet/" + Fixtures.TRANEMO + "/samverkan"}) {
            mvc.perform(get(path).with(fixtures.loggedIn(anna))).andExpect(status().isOk());
        }
    }

    @Test
    void aFormWithProblemsKeepsTheText() throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(form(multipart("/samverkan/inlagg/ny"), anna, "/samverkan/inlagg/ny")
                        .param("body", "Krossad ruta vid skolan").param("priority", "GREEN").param("visibility", "PUBLIC"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("Krossad ruta vid skolan", "Markera platsen");
        assertThat(jdbc.sql("SELECT count(*) FROM community_post").query(Long.class).single()).isZero();
    }

    @Test
    void aLockedGroupNeedsAnAdminAndOutsidersSeeNothing() throws Exception {
        long group = community.group(Fixtures.TRANEMO, "Grannsamverkan Åsen", true, anna.id());
        long post = community.post(Fixtures.TRANEMO, anna.id(), Visibility.GROUP, group, Priority.GREEN, "Hemligt gruppinlägg", 57.48, 13.35);
        jdbc.sql("INSERT INTO community_chat_message (group_id, author_id, author_name, body) VALUES (:g, :a, 'Anna', 'Hemlig chatt')")
                .param("g", group).param("a", anna.id()).update();
        String outside = mvc.perform(get("/samverkan/grupper/" + group).with(fixtures.loggedIn(bo))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(outside).contains("Grannsamverkan").doesNotContain("Hemligt gruppinlägg", "Hemlig chatt", "Anna Andersson");
        for (String path : new String[] {"/samverkan/inlagg/" + post, "/samverkan/grupper/" + group + "/chatt",
                "/samverkan/grupper/" + group + "/medlemmar", "/samverkan/inlagg.geojson?grupp=" + group}) {
            mvc.perform(get(path).with(fixtures.loggedIn(bo))).andExpect(status().isNotFound());
        }
        assertThat(mvc.perform(get("/samverkan").with(fixtures.loggedIn(bo))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Hemligt gruppinlägg");

        mvc.perform(form(post("/samverkan/grupper/" + group + "/ga-med"), bo, "/samverkan/grupper/" + group)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/samverkan/grupper/" + group + "/chatt").with(fixtures.loggedIn(bo))).andExpect(status().isNotFound());
        String members = mvc.perform(get("/samverkan/grupper/" + group + "/medlemmar").with(fixtures.loggedIn(anna)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(members).contains("Bo Berg", "Godkänn");
        mvc.perform(form(post("/samverkan/grupper/" + group + "/forfragningar/" + bo.id() + "/godkann"), anna,
                "/samverkan/grupper/" + group + "/medlemmar")).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/samverkan/grupper/" + group + "/chatt").with(fixtures.loggedIn(bo))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Hemlig chatt");
        mvc.perform(form(multipart("/samverkan/grupper/" + group + "/chatt"), bo, "/samverkan/grupper/" + group + "/chatt")
                .param("body", "Hej alla!")).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/samverkan/grupper/" + group + "/chatt").with(fixtures.loggedIn(anna)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Hej alla!");
    }

    @Test
    void thePublicMapShowsOnlyPublicPostsOfItsMunicipality() throws Exception {
        Fixtures.Person boras = community.member(Fixtures.BORAS, "Cecilia Borås");
        long group = community.group(Fixtures.TRANEMO, "Grupp", false, anna.id());
        community.post(Fixtures.TRANEMO, anna.id(), Visibility.PUBLIC, null, Priority.RED, "Offentligt inlägg", 57.48, 13.35);
        community.post(Fixtures.TRANEMO, anna.id(), Visibility.GROUP, group, Priority.RED, "Gruppinlägg", 57.48, 13.35);
        long hidden = community.post(Fixtures.TRANEMO, anna.id(), Visibility.PUBLIC, null, Priority.RED, "Dolt inlägg", 57.48, 13.35);
        jdbc.sql("UPDATE community_post SET hidden_at = now() WHERE id = :id").param("id", hidden).update();
        String map = mvc.perform(get("/trygghet/" + Fixtures.TRANEMO + "/samverkan")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(map).contains("Offentligt inlägg").doesNotContain("Gruppinlägg", "Dolt inlägg", "Anna Andersson");
        String borasFeed = mvc.perform(get("/samverkan").with(fixtures.loggedIn(boras))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(borasFeed).doesNotContain("Offentligt inlägg");
        mvc.perform(get("/trygghet/9999/samverkan")).andExpect(status().isNotFound());
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B form(B request, Fixtures.Person person, String page) throws Exception {
        return request.with(BrowserLikeCsrf.from(mvc, page, fixtures.loggedIn(person)));
    }
}
