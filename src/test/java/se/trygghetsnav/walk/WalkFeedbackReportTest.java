package se.trygghetsnav.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import javax.imageio.ImageIO;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import se.trygghetsnav.BrowserLikeCsrf;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.platform.Role;

/** The walk's calendar file, and the six-month feedback report with photos before and after. */
class WalkFeedbackReportTest extends IntegrationTest {

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private Fixtures fixtures;
    private Fixtures.Person coordinator;
    private Fixtures.Person boras;
    private long limmared;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        coordinator = fixtures.person(Fixtures.TRANEMO, fixtures.organisation(Fixtures.TRANEMO, "TSK", "MUNICIPAL_DEPARTMENT"),
                Role.COORDINATOR);
        boras = fixtures.person(Fixtures.BORAS, fixtures.organisation(Fixtures.BORAS, "Borås Stad", "MUNICIPAL_DEPARTMENT"),
                Role.COORDINATOR);
        limmared = jdbc.sql("INSERT INTO locality (municipality_code, name, latitude, longitude) VALUES ('1452', 'Limmared', 57.54, 13.36) RETURNING id")
                .query(Long.class).single();
    }

    @Test
    void theWalksCalendarFileIsValidICalendar() throws Exception {
        Walk walk = new Walk(5, "1452", limmared, "Limmared", LocalDate.of(2026, 1, 8), LocalTime.of(18, 0),
                "Torget, vid biblioteket", "", "", "", null, null, null, false, null, false, 0, false);
        String ics = MeetingCalendar.ics(walk, "Tranemo", "https://trygghetsnav.example/trygghet/1452/vandringar/5",
                Instant.parse("2026-01-01T08:00:00Z"));
        VEvent event = Ics.validEvents(ics).get(0);
        assertThat(Ics.value(event, Property.SUMMARY)).isEqualTo("Trygghetsvandring i Limmared");
        assertThat(Ics.value(event, Property.LOCATION)).isEqualTo("Torget, vid biblioteket, Limmared");
        // winter time: 18.00 in Stockholm is 17.00 UTC; a walk takes about two hours
        assertThat(Ics.value(event, Property.DTSTART)).isEqualTo("20260108T170000Z");
        assertThat(Ics.value(event, Property.DTEND)).isEqualTo("20260108T190000Z");
        assertThat(Ics.value(event, Property.UID)).isEqualTo("safety-walk-5-1452@trygghetsnav");
        assertThat(Ics.value(event, Property.URL)).isEqualTo("https://trygghetsnav.example/trygghet/1452/vandringar/5");
    }

    @Test
    void thePublicWalkPageLinksItsCalendarFile() throws Exception {
        String walk = mvc.perform(form(post("/lagesbild/vandringar"), "/lagesbild/vandringar/ny")
                        .param("locality", String.valueOf(limmared)).param("date", "2026-06-02").param("time", "18:30")
                        .param("meetingPoint", "Stationen").param("invitation", "Välkommen!\nVi bjuder på kaffe."))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = walk.substring(walk.lastIndexOf('/') + 1);
        String icsPath = "/trygghet/1452/vandringar/" + id + ".ics";
        assertThat(publicPage("/trygghet/1452/vandringar/" + id)).contains(icsPath, "Lägg till i kalendern (.ics)");
        var response = mvc.perform(get(icsPath)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/calendar");
        assertThat(response.getHeader("Content-Disposition")).contains("trygghetsvandring-" + id + ".ics");
        VEvent event = Ics.validEvents(response.getContentAsString(StandardCharsets.UTF_8)).get(0);
        assertThat(Ics.value(event, Property.DTSTART)).isEqualTo("20260602T163000Z");
        assertThat(Ics.value(event, Property.DESCRIPTION)).isEqualTo("Välkommen!\nVi bjuder på kaffe.");
        assertThat(Ics.value(event, Property.URL)).endsWith("/trygghet/1452/vandringar/" + id);
        mvc.perform(get("/trygghet/1490/vandringar/" + id + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/trygghet/1452/vandringar/999999.ics")).andExpect(status().isNotFound());
    }

    @Test
    void theFeedbackReportShowsEachObservationWithItsMeasureAndPhotosBeforeAndAfter() throws Exception {
        String walk = mvc.perform(form(post("/lagesbild/vandringar"), "/lagesbild/vandringar/ny")
                        .param("locality", String.valueOf(limmared)).param("date", "2026-01-08").param("time", "18:00"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = walk.substring(walk.lastIndexOf('/') + 1);
        String observe = walk + "/observation";
        mvc.perform(form(multipart(observe).file(new MockMultipartFile("photo", "fore.jpg", "image/jpeg", WalkPagesTest.jpegWithMarker())), observe)
                        .param("category", "LIGHTING").param("latitude", "57.5401").param("longitude", "13.3602")
                        .param("seen", "Trasig gatlampa vid gångtunneln"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(multipart(observe), observe).param("category", "GRAFFITI").param("seen", "Klotter på busskuren"))
                .andExpect(status().is3xxRedirection());
        long lamp = jdbc.sql("SELECT id FROM walk_observation WHERE category = 'LIGHTING'").query(Long.class).single();
        String publicBefore = "/trygghet/1452/vandringar/" + id + "/observationer/" + lamp + "/fore.jpg";
        String publicAfter = "/trygghet/1452/vandringar/" + id + "/observationer/" + lamp + "/efter.jpg";
        // before the walk is completed there is no report and no public photo
        assertThat(publicPage("/trygghet/1452/vandringar/" + id)).doesNotContain(publicBefore);
        mvc.perform(get(publicBefore)).andExpect(status().isNotFound());

        mvc.perform(form(post(walk + "/avsluta"), walk)).andExpect(status().is3xxRedirection());
        mvc.perform(form(post(walk + "/observationer/" + lamp + "/atgard"), walk)).andExpect(status().is3xxRedirection());
        assertThat(page(walk)).contains("Foton före och efter, till återkopplingen", "Ladda upp fotot");

        String upload = walk + "/observationer/" + lamp + "/efterfoto";
        mvc.perform(form(multipart(upload).file(new MockMultipartFile("photo", "x.jpg", "image/jpeg", "inte en bild".getBytes(StandardCharsets.UTF_8))), walk))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("photoProblem", "walk.error.photo"))
                .andExpect(flash().attribute("photoProblemFor", lamp));
        mvc.perform(form(multipart(upload), walk)).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("photoProblem", "walk.afterPhoto.missing"));
        String withProblem = HtmlUtils.htmlUnescape(mvc.perform(get(walk).with(fixtures.loggedIn(coordinator))
                        .flashAttr("photoProblem", "walk.error.photo").flashAttr("photoProblemFor", lamp))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(withProblem.replaceAll("\\s+", " ")).contains("id=\"after-error-" + lamp + "\">Filen är inte en bild",
                "aria-describedby=\"after-error-" + lamp + "\"");
        assertThat(jdbc.sql("SELECT count(*) FROM walk_observation WHERE after_photo IS NOT NULL").query(Long.class).single()).isZero();

        mvc.perform(form(multipart(upload).file(new MockMultipartFile("photo", "efter.jpg", "image/jpeg", WalkPagesTest.jpegWithMarker())), walk))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", "walk.afterPhoto.saved"));
        assertThat(page(walk)).contains("Foto efter åtgärden: Trygghetsvandring Limmared: Trasig gatlampa",
                "/efterfoto");

        // photos may show people: none is public until the coordinator publishes them
        assertThat(publicPage("/trygghet/1452/vandringar/" + id)).doesNotContain(publicBefore, publicAfter, "Foton före och efter");
        mvc.perform(get(publicBefore)).andExpect(status().isNotFound());
        mvc.perform(form(post(walk + "/foton"), walk).param("published", "true")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "walk.photosPublic.published"));
        assertThat(jdbc.sql("SELECT photos_public FROM safety_walk WHERE id = :id").param("id", Long.parseLong(id))
                .query(Boolean.class).single()).isTrue();

        String report = publicPage("/trygghet/1452/vandringar/" + id);
        assertThat(report).contains("Återkoppling: vad vi såg och vad som görs", "Foton före och efter",
                "Trasig gatlampa vid gångtunneln", "Trygghetsvandring Limmared: Trasig gatlampa vid gångtunneln", "Föreslagen",
                publicBefore, publicAfter, "alt=\"Foto före: Trasig gatlampa vid gångtunneln\"",
                "alt=\"Foto efter åtgärden: Trygghetsvandring Limmared: Trasig gatlampa vid gångtunneln\"",
                "Klotter på busskuren", "Ingen åtgärd beslutad ännu")
                .doesNotContain("57.5401", "/lagesbild/");
        for (String photo : new String[] {publicBefore, publicAfter}) {
            byte[] jpeg = mvc.perform(get(photo)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(new String(jpeg, StandardCharsets.ISO_8859_1)).doesNotContain("GPS-TESTMARKER", "Exif");
            assertThat(ImageIO.read(new ByteArrayInputStream(jpeg)).getWidth()).isEqualTo(40);
        }
        long graffiti = jdbc.sql("SELECT id FROM walk_observation WHERE category = 'GRAFFITI'").query(Long.class).single();
        mvc.perform(get("/trygghet/1452/vandringar/" + id + "/observationer/" + graffiti + "/fore.jpg")).andExpect(status().isNotFound());
        mvc.perform(get("/trygghet/1490/vandringar/" + id + "/observationer/" + lamp + "/efter.jpg")).andExpect(status().isNotFound());
        mvc.perform(get(upload).with(fixtures.loggedIn(boras))).andExpect(status().isNotFound());
        mvc.perform(multipart(upload).file(new MockMultipartFile("photo", "efter.jpg", "image/jpeg", WalkPagesTest.jpegWithMarker()))
                .with(BrowserLikeCsrf.from(mvc, "/lagesbild/vandringar", fixtures.loggedIn(boras)))).andExpect(status().isNotFound());
        mvc.perform(form(multipart(walk + "/observationer/999999/efterfoto")
                .file(new MockMultipartFile("photo", "efter.jpg", "image/jpeg", WalkPagesTest.jpegWithMarker())), walk))
                .andExpect(status().isNotFound());
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
