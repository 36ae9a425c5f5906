package se.trygghetsnav.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import se.trygghetsnav.BrowserLikeCsrf;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.platform.Role;

/** Filing reports through the page (no JavaScript), the weekly cycle, and what another municipality gets. */
class ReportPagesTest extends IntegrationTest {

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private Fixtures fixtures;
    private Fixtures.Person reporter;
    private Fixtures.Person coordinator;
    private Fixtures.Person manager;
    private Fixtures.Person boras;
    private long category;
    private long centrum;
    private final LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Stockholm")).minusDays(1);

    @BeforeEach
    void setUp() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
        fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        long housing = fixtures.organisation(Fixtures.TRANEMO, "Tranemo Bostäder", "HOUSING_COMPANY");
        long safety = fixtures.organisation(Fixtures.TRANEMO, "Trygghet och säkerhet", "MUNICIPAL_DEPARTMENT");
        long leadership = fixtures.organisation(Fixtures.TRANEMO, "Kommunledning", "MUNICIPAL_DEPARTMENT");
        reporter = fixtures.person(Fixtures.TRANEMO, housing, Role.REPORTER);
        coordinator = fixtures.person(Fixtures.TRANEMO, safety, Role.COORDINATOR);
        manager = fixtures.person(Fixtures.TRANEMO, leadership, Role.MANAGER);
        boras = fixtures.person(Fixtures.BORAS, fixtures.organisation(Fixtures.BORAS, "Borås Stad", "MUNICIPAL_DEPARTMENT"), Role.COORDINATOR);
        category = fixtures.category(Fixtures.TRANEMO, "GRAFFITI");
        centrum = fixtures.area(Fixtures.TRANEMO, "Centrum", 57.4850, 13.3510);
    }

    @Test
    void aReporterFilesAReportWithAPhotoWhoseMetadataIsRemoved() throws Exception {
        byte[] photo = jpegWithGpsMarker();
        MvcResult filed = mvc.perform(form(multipart("/lagesbild/rapportera").file(new MockMultipartFile("photo", "bild.jpg", "image/jpeg", photo)),
                        reporter, "/lagesbild/rapportera")
                        .param("category", String.valueOf(category)).param("date", yesterday.toString()).param("time", "22:15")
                        .param("latitude", "57.4851").param("longitude", "13.3512").param("description", "Klotter på gaveln.")
                        .param("reportedToPolice", "NO"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = filed.getResponse().getRedirectedUrl();
        assertThat(location).matches("/lagesbild/rapporter/\\d+");

        String page = mvc.perform(get(location).with(fixtures.loggedIn(reporter))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Klotter", "Centrum", "Klotter på gaveln.", yesterday + " 22:15");
        byte[] stored = mvc.perform(get(location + "/foto").with(fixtures.loggedIn(reporter))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("GPSLatitude-TESTMARKER", "Exif");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(stored)).getWidth()).isEqualTo(64);
    }

    @Test
    void aPersonalIdentityNumberIsRefusedAndEverythingTypedIsKept() throws Exception {
        String page = mvc.perform(form(multipart("/lagesbild/rapportera"), reporter, "/lagesbild/rapportera")
                        .param("category", String.valueOf(category)).param("date", yesterday.toString()).param("time", "21:00")
                        .param("place", "Stationen, Åsvägen 3").param("description", "Ägaren 19811218-9876 ringde.")
                        .param("peopleInvolved", "4").param("reportedToPolice", "YES"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String text = HtmlUtils.htmlUnescape(page);
        assertThat(text).contains("personnummer", "Stationen, Åsvägen 3", "Ägaren 19811218-9876 ringde.", "value=\"4\"", "value=\"21:00\"");
        assertThat(text).containsPattern("value=\"YES\"\\s+checked");
        assertThat(jdbc.sql("SELECT count(*) FROM incident_report").query(Long.class).single()).isZero();
    }

    @Test
    void theCoordinatorRunsTheWeekAndTheReporterSeesTheFeedback() throws Exception {
        long reportId = fileReport(reporter);
        IsoWeek week = IsoWeek.of(yesterday);
        String weekPage = "/lagesbild/vecka/" + week;
        String picture = mvc.perform(get(weekPage).with(fixtures.loggedIn(coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(picture)).contains("Lägesbild vecka " + week, "Klotter", "Centrum");

        mvc.perform(form(post(weekPage + "/bedomning"), coordinator, weekPage)
                        .param("area", String.valueOf(centrum)).param("level", "YELLOW").param("motivation", "Klotter tre nätter i rad."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(post(weekPage + "/analys"), coordinator, weekPage).param("analysis", "Klottret ökar vid stationen."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(post(weekPage + "/skicka-till-chef"), coordinator, weekPage)).andExpect(status().is3xxRedirection());
        mvc.perform(form(post(weekPage + "/beslut"), manager, weekPage).param("decision", "Sanering inom 24 timmar beslutad."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(post(weekPage + "/aterkoppling"), coordinator, weekPage)
                        .param("feedback", "Klottret vid stationen är sanerat och belysningen ses över."))
                .andExpect(status().is3xxRedirection());

        String after = HtmlUtils.htmlUnescape(mvc.perform(get(weekPage).with(fixtures.loggedIn(coordinator)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(after).contains("Förhöjt", "Klotter tre nätter i rad.", "Klottret ökar vid stationen.", "Sanering inom 24 timmar beslutad.");

        String mine = HtmlUtils.htmlUnescape(mvc.perform(get("/lagesbild/mina-rapporter").with(fixtures.loggedIn(reporter)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(mine).contains("Klottret vid stationen är sanerat och belysningen ses över.");
        assertThat(mvc.perform(get("/meddelanden").with(fixtures.loggedIn(reporter))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Återkoppling på dina rapporter vecka " + week);
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE user_id = :u").param("u", manager.id()).query(Long.class).single())
                .isEqualTo(1);
        assertThat(java.util.Arrays.stream(MAIL.getReceivedMessages()).map(m -> {
            try {
                return m.getAllRecipients()[0].toString();
            } catch (Exception e) {
                return "";
            }
        })).contains(manager.email(), reporter.email(), coordinator.email());
        assertThat(reportId).isPositive();
    }

    @Test
    void onlyManagersDecideAndReportersDoNotReadTheWholePicture() throws Exception {
        String weekPage = "/lagesbild/vecka/" + IsoWeek.of(yesterday);
        mvc.perform(form(post(weekPage + "/beslut"), coordinator, weekPage).param("decision", "Jag bestämmer"))
                .andExpect(status().isForbidden());
        mvc.perform(get(weekPage).with(fixtures.loggedIn(reporter))).andExpect(status().isForbidden());
        mvc.perform(get("/lagesbild/rapporter").with(fixtures.loggedIn(reporter))).andExpect(status().isForbidden());
    }

    @Test
    void anotherMunicipalityGetsNotFoundOrForbiddenOnEveryPage() throws Exception {
        long reportId = fileReport(reporter);
        String week = IsoWeek.of(yesterday).toString();
        RequestPostProcessor asBoras = fixtures.loggedIn(boras);
        mvc.perform(get("/lagesbild/rapporter/" + reportId).with(asBoras)).andExpect(status().isNotFound());
        mvc.perform(get("/lagesbild/rapporter/" + reportId + "/foto").with(asBoras)).andExpect(status().isNotFound());
        String kommun = "?kommun=" + Fixtures.TRANEMO;
        for (String page : new String[] {"/lagesbild/vecka/" + week, "/lagesbild/rapporter", "/lagesbild/rapporter.geojson",
                "/lagesbild/rapporter/" + reportId, "/lagesbild/mina-rapporter", "/lagesbild/omraden.geojson", "/lagesbild/rapportera",
                "/kommun/omraden", "/kommun/personer", "/kommun/organisationer"}) {
            MvcResult result = mvc.perform(get(page + kommun).with(asBoras)).andReturn();
            assertThat(result.getResponse().getStatus()).as(page).isEqualTo(403);
            assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(page).doesNotContain("Centrum", "Tranemo Bostäder");
        }
        String own = mvc.perform(get("/lagesbild/vecka/" + week).with(asBoras)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(own).doesNotContain("Centrum").contains("Borås");
        String geo = mvc.perform(get("/lagesbild/rapporter.geojson").with(asBoras)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(geo).contains("\"features\":[]");
    }

    private long fileReport(Fixtures.Person person) throws Exception {
        String location = mvc.perform(form(multipart("/lagesbild/rapportera"), person, "/lagesbild/rapportera")
                        .param("category", String.valueOf(category)).param("date", yesterday.toString()).param("time", "22:15")
                        .param("latitude", "57.4851").param("longitude", "13.3512").param("description", "Klotter."))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Logged in as the person, with the CSRF token read from the page that holds the form. */
    private <B extends AbstractMockHttpServletRequestBuilder<B>> B form(B request, Fixtures.Person person, String page) throws Exception {
        return request.with(BrowserLikeCsrf.from(mvc, page, fixtures.loggedIn(person)));
    }

    /** A small JPEG with an EXIF segment carrying a recognisable GPS marker. */
    static byte[] jpegWithGpsMarker() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] payload = "Exif\0\0GPSLatitude-TESTMARKER".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream withExif = new ByteArrayOutputStream();
        withExif.write(jpeg, 0, 2);
        withExif.write(0xFF);
        withExif.write(0xE1);
        int length = payload.length + 2;
        withExif.write(length >> 8);
        withExif.write(length & 0xFF);
        withExif.write(payload);
        withExif.write(jpeg, 2, jpeg.length - 2);
        return withExif.toByteArray();
    }
}
