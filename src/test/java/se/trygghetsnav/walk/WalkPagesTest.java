package se.trygghetsnav.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
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

/** A coordinator plans a walk, records observations on the page (no JavaScript), completes it and follows up. */
class WalkPagesTest extends IntegrationTest {

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;
    @Autowired WalkReminders reminders;

    private Fixtures fixtures;
    private Fixtures.Person coordinator;
    private Fixtures.Person boras;
    private long limmared;

    @BeforeEach
    void setUp() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
        fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        coordinator = fixtures.person(Fixtures.TRANEMO, fixtures.organisation(Fixtures.TRANEMO, "Trygg och säker kommun",
                "MUNICIPAL_DEPARTMENT"), Role.COORDINATOR);
        boras = fixtures.person(Fixtures.BORAS, fixtures.organisation(Fixtures.BORAS, "Borås Stad", "MUNICIPAL_DEPARTMENT"),
                Role.COORDINATOR);
        limmared = locality("Limmared", 57.54, 13.36);
        locality("Ljungsarp", 57.51, 13.43);
    }

    @Test
    void aWalkIsPlannedObservedCompletedAndFollowedUp() throws Exception {
        String planPage = page("/lagesbild/vandringar/ny");
        assertThat(planPage).contains("Planera en trygghetsvandring", "Limmared");

        String location = mvc.perform(form(post("/lagesbild/vandringar"), "/lagesbild/vandringar/ny")
                        .param("locality", String.valueOf(limmared)).param("date", "2026-01-08").param("time", "18:00")
                        .param("meetingPoint", "Torget vid biblioteket").param("invitedOrganisations", "Polisen, Tranemo Bostäder")
                        .param("invitation", "Välkommen att gå med!"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/lagesbild/vandringar/\\d+");
        assertThat(page(location)).contains("Trygghetsvandring i Limmared 2026-01-08", "Torget vid biblioteket", "Planerad");

        String observe = location + "/observation";
        assertThat(page(observe)).contains("Belysning", "Vegetation/skymd sikt", "Öde plats");
        mvc.perform(form(multipart(observe).file(new MockMultipartFile("photo", "lampa.jpg", "image/jpeg", jpegWithMarker())), observe)
                        .param("category", "LIGHTING").param("latitude", "57,5401").param("longitude", "13.3602")
                        .param("seen", "Trasig gatlampa vid gångtunneln").param("improvement", "Byt armaturen")
                        .param("whoShouldAct", "Samhällsbyggnad"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(multipart(observe), observe).param("category", "GRAFFITI").param("seen", "Klotter på busskuren"))
                .andExpect(status().is3xxRedirection());

        String detail = page(location);
        assertThat(detail).contains("Belysning", "Trasig gatlampa vid gångtunneln", "Byt armaturen", "Samhällsbyggnad",
                "57.5401", "Klotter på busskuren", "Visa foto");
        long observation = jdbc.sql("SELECT id FROM walk_observation WHERE category = 'LIGHTING'").query(Long.class).single();
        byte[] photo = mvc.perform(get(location + "/observationer/" + observation + "/foto").with(fixtures.loggedIn(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).doesNotContain("GPS-TESTMARKER", "Exif");
        assertThat(ImageIO.read(new ByteArrayInputStream(photo)).getWidth()).isEqualTo(40);

        mvc.perform(form(post(location + "/deltagare"), location).param("organisations", "Polisen, Tranemo Bostäder")
                .param("residents", "14")).andExpect(status().is3xxRedirection());

        mvc.perform(form(post(location + "/avsluta"), location)).andExpect(status().is3xxRedirection());
        String completed = page(location);
        // 8 January (Thursday) + 3 weeks = Thursday 29 January; six months later 8 July; both have passed.
        assertThat(completed).contains("Genomförd", "2026-01-29", "2026-07-08", "Försenad", "14", "Polisen, Tranemo Bostäder");

        mvc.perform(form(post(location + "/observationer/" + observation + "/atgard"), location))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT owner_person FROM measure WHERE municipality_code = '1452'").query(String.class).single())
                .isEqualTo("Samhällsbyggnad");
        assertThat(page(location)).contains("Trygghetsvandring Limmared: Trasig gatlampa vid gångtunneln", "Föreslagen");

        String overview = page("/lagesbild/vandringar");
        assertThat(overview).contains("Limmared", "2026-01-08", "2026-01-29", "2026-07-08", "Försenad");

        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(form(post(location + "/foton"), location).param("published", "true")).andExpect(status().is3xxRedirection());
        String published = HtmlUtils.htmlUnescape(mvc.perform(get("/trygghet/1452/vandringar/" + id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(published).contains("Trygghetsvandring i Limmared 2026-01-08", "Torget vid biblioteket", "Välkommen att gå med!",
                "Trasig gatlampa vid gångtunneln", "Föreslagen", "Klotter på busskuren", "Ingen åtgärd beslutad ännu",
                "/trygghet/1452/vandringar/" + id + "/observationer/" + observation + "/fore.jpg")
                .doesNotContain("/lagesbild/", "57.5401");
        mvc.perform(get("/trygghet/1490/vandringar/" + id)).andExpect(status().isNotFound());

        mvc.perform(form(post(location + "/uppfoljning"), location).param("kind", "meeting")).andExpect(status().is3xxRedirection());
        assertThat(page("/lagesbild/vandringar")).contains("Klar");
    }

    @Test
    void coordinatorsAreEmailedOnceAboutOverdueFollowUps() throws Exception {
        long walk = completedWalk("2026-01-08");
        assertThat(reminders.sendOverdueReminders()).isEqualTo(2);
        assertThat(MAIL.waitForIncomingEmail(5000, 2)).isTrue();
        MimeMessage[] mails = MAIL.getReceivedMessages();
        assertThat(mails).hasSize(2);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo(coordinator.email());
        assertThat(java.util.Arrays.stream(mails).map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).anyMatch(s -> s.contains("Trygghetsmötet") && s.contains("Limmared") && s.contains("försenad"))
                .anyMatch(s -> s.contains("Återkopplingen"));
        assertThat(reminders.sendOverdueReminders()).isZero();
        assertThat(jdbc.sql("SELECT meeting_reminder_sent_at IS NOT NULL FROM safety_walk WHERE id = :id").param("id", walk)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aFollowUpStillAheadIsNotReminded() throws Exception {
        completedWalk(java.time.LocalDate.now(WalkService.SWEDEN).toString());
        assertThat(reminders.sendOverdueReminders()).isZero();
    }

    @Test
    void theCoverageTableShowsWhichLocalitiesHadAWalkInTheTerm() throws Exception {
        completedWalk("2026-01-08");
        String coverage = page("/lagesbild/vandringar/tackning?term=2022");
        assertThat(coverage).contains("2022–2026", "1 av 2 orter", "Limmared", "2026-01-08", "Ljungsarp", "Ingen vandring");
        String current = page("/lagesbild/vandringar/tackning?term=2026");
        assertThat(current).contains("2026–2030", "0 av 2 orter", "2027-02-15");
        mvc.perform(get("/lagesbild/vandringar/tackning?term=999999998").with(fixtures.loggedIn(coordinator))).andExpect(status().isNotFound());
        mvc.perform(get("/lagesbild/vandringar/tackning?term=2025").with(fixtures.loggedIn(coordinator))).andExpect(status().isNotFound());
    }

    @Test
    void mistakesAreShownOnTheFormAndNothingIsSaved() throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(form(post("/lagesbild/vandringar"), "/lagesbild/vandringar/ny")
                        .param("date", "inte ett datum").param("time", "18:00"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("Välj en ort.", "Ange ett datum.");
        long walk = completedWalk("2026-01-08");
        String observe = "/lagesbild/vandringar/" + walk + "/observation";
        String again = HtmlUtils.htmlUnescape(mvc.perform(form(multipart(observe)
                                .file(new MockMultipartFile("photo", "x.jpg", "image/jpeg", "inte en bild".getBytes(StandardCharsets.UTF_8))), observe)
                        .param("category", "TRAFFIC").param("seen", "Fart").param("latitude", "57.5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(again).contains("Ange både latitud och longitud");
        assertThat(jdbc.sql("SELECT count(*) FROM walk_observation").query(Long.class).single()).isZero();
    }

    @Test
    void anotherMunicipalityGetsNotFound() throws Exception {
        long walk = completedWalk("2026-01-08");
        mvc.perform(get("/lagesbild/vandringar/" + walk).with(fixtures.loggedIn(boras))).andExpect(status().isNotFound());
        mvc.perform(get("/lagesbild/vandringar/" + walk + "/observation").with(fixtures.loggedIn(boras))).andExpect(status().isNotFound());
        String list = mvc.perform(get("/lagesbild/vandringar").with(fixtures.loggedIn(boras))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).doesNotContain("Limmared");
    }

    private long completedWalk(String date) throws Exception {
        String location = mvc.perform(form(post("/lagesbild/vandringar"), "/lagesbild/vandringar/ny")
                        .param("locality", String.valueOf(limmared)).param("date", date).param("time", "18:00"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(form(post(location + "/avsluta"), location)).andExpect(status().is3xxRedirection());
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long locality(String name, double lat, double lon) {
        return jdbc.sql("INSERT INTO locality (municipality_code, name, latitude, longitude) VALUES (:m, :n, :lat, :lon) RETURNING id")
                .param("m", Fixtures.TRANEMO).param("n", name).param("lat", lat).param("lon", lon).query(Long.class).single();
    }

    private String page(String url) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(url).with(fixtures.loggedIn(coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B form(B request, String page) throws Exception {
        return request.with(BrowserLikeCsrf.from(mvc, page, fixtures.loggedIn(coordinator)));
    }

    /** A small JPEG with an EXIF segment carrying a recognisable marker right after the start of image. */
    static byte[] jpegWithMarker() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] payload = "Exif\0\0GPS-TESTMARKER".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.write(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
