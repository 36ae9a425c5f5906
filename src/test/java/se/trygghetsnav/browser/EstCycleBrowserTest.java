package se.trygghetsnav.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static se.trygghetsnav.browser.Pages.assertAccessible;
import static se.trygghetsnav.browser.Pages.click;
import static se.trygghetsnav.browser.Pages.setValue;
import static se.trygghetsnav.browser.Pages.submit;
import static se.trygghetsnav.browser.Pages.submitIn;
import static se.trygghetsnav.browser.Pages.text;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.incident.IsoWeek;
import se.trygghetsnav.platform.Role;

/**
 * The EST cycle in Chromium: the coordinator invites a reporter, who sets a password and files a
 * report with a photo from a phone-sized window; the coordinator compiles the week, assesses an
 * area, proposes a measure and sends feedback; the reporter sees it. Zero axe violations on every page.
 */
@Tag("browser")
class EstCycleBrowserTest extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/konto/aktivera/[A-Za-z0-9_-]{43})");

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private WebDriver coordinatorBrowser;
    private WebDriver phone;
    private Fixtures.Person coordinator;
    private long housing;

    @BeforeEach
    void setUp() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
        Fixtures fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        long safety = fixtures.organisation(Fixtures.TRANEMO, "Trygghet och säkerhet", "MUNICIPAL_DEPARTMENT");
        housing = fixtures.organisation(Fixtures.TRANEMO, "Tranemo Bostäder", "HOUSING_COMPANY");
        coordinator = fixtures.person(Fixtures.TRANEMO, safety, Role.COORDINATOR);
        fixtures.person(Fixtures.TRANEMO, fixtures.organisation(Fixtures.TRANEMO, "Kommunledning", "MUNICIPAL_DEPARTMENT"), Role.MANAGER);
        fixtures.area(Fixtures.TRANEMO, "Stationsområdet", 57.4880, 13.3460);
        coordinatorBrowser = Chromium.start();
        phone = Chromium.startPhone();
    }

    @AfterEach
    void closeBrowsers() {
        if (coordinatorBrowser != null) {
            coordinatorBrowser.quit();
        }
        if (phone != null) {
            phone.quit();
        }
    }

    @Test
    void fromInvitationToFeedback() throws Exception {
        // The coordinator invites a reporter from the housing company
        logIn(coordinatorBrowser, coordinator.email(), Fixtures.PASSWORD);
        open(coordinatorBrowser, "/kommun/personer");
        assertAccessible(coordinatorBrowser, "personer");
        String reporterEmail = "vicevard." + System.nanoTime() + "@tranemobostader.se";
        coordinatorBrowser.findElement(By.id("email")).sendKeys(reporterEmail);
        coordinatorBrowser.findElement(By.id("displayName")).sendKeys("Göran Ström");
        new Select(coordinatorBrowser.findElement(By.id("organisationId"))).selectByVisibleText("Tranemo Bostäder");
        coordinatorBrowser.findElement(By.cssSelector("input[name='role'][value='REPORTER']")).click();
        submit(coordinatorBrowser, "Skicka inbjudan");
        assertThat(text(coordinatorBrowser)).contains("Inbjudan skickad", reporterEmail);

        // The reporter opens the link on a phone and chooses a password
        String link = invitationLink(reporterEmail);
        open(phone, link);
        assertAccessible(phone, "välj lösenord");
        phone.findElement(By.id("password")).sendKeys("mitt eget långa lösenord");
        phone.findElement(By.id("confirmation")).sendKeys("mitt eget långa lösenord");
        submit(phone, "Spara lösenord");
        assertThat(text(phone)).contains("Lösenordet är sparat");
        assertAccessible(phone, "logga in");
        phone.findElement(By.id("password")).sendKeys("mitt eget långa lösenord");
        submit(phone, "Logga in");
        assertThat(phone.getCurrentUrl()).endsWith("/lagesbild/mina-rapporter");
        assertAccessible(phone, "mina rapporter");

        // ... and files a report with a photo
        open(phone, "/lagesbild/rapportera");
        assertAccessible(phone, "rapportformuläret");
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Stockholm")).minusDays(1);
        new Select(phone.findElement(By.id("category"))).selectByVisibleText("Skadegörelse");
        setValue(phone, "date", yesterday.toString());
        setValue(phone, "time", "22:40");
        setValue(phone, "latitude", "57.4881");
        setValue(phone, "longitude", "13.3462");
        phone.findElement(By.id("place")).sendKeys("Busskuren vid stationen");
        phone.findElement(By.id("description")).sendKeys("Glasrutan i busskuren krossad, glas på perrongen.");
        phone.findElement(By.cssSelector("input[name='reportedToPolice'][value='NO']")).click();
        Path photo = Files.createTempFile("busskur", ".jpg");
        Files.write(photo, se.trygghetsnav.incident.ReportPhotos.jpegWithGpsMarker());
        phone.findElement(By.id("photo")).sendKeys(photo.toString());
        submit(phone, "Skicka rapporten");
        assertThat(text(phone)).contains("Tack! Rapporten är mottagen", "Stationsområdet", "Glasrutan i busskuren krossad");
        new WebDriverWait(phone, Duration.ofSeconds(10)).until(d -> !"0".equals(
                d.findElement(By.cssSelector("figure.photo img")).getAttribute("naturalWidth")));
        assertThat(phone.findElement(By.cssSelector("figure.photo img")).getAttribute("naturalWidth")).isEqualTo("64");
        assertAccessible(phone, "rapporten");

        // The coordinator compiles the week, assesses the area and proposes a measure
        IsoWeek week = IsoWeek.of(yesterday);
        open(coordinatorBrowser, "/lagesbild/vecka/" + week);
        assertThat(text(coordinatorBrowser)).contains("Lägesbild vecka " + week, "Skadegörelse", "Stationsområdet", "Glasrutan i busskuren krossad");
        assertAccessible(coordinatorBrowser, "veckans lägesbild");
        WebElement area = coordinatorBrowser.findElement(By.cssSelector("article.area-row"));
        area.findElement(By.cssSelector("input[name='level'][value='YELLOW']")).click();
        area.findElement(By.tagName("textarea")).sendKeys("Skadegörelse vid stationen två helger i rad.");
        submitIn(coordinatorBrowser, area, "Spara bedömning");
        assertThat(text(coordinatorBrowser)).contains("Bedömningen är sparad", "Förhöjt");

        click(coordinatorBrowser, By.linkText("Föreslå en åtgärd"));
        assertAccessible(coordinatorBrowser, "ny åtgärd");
        coordinatorBrowser.findElement(By.id("title")).sendKeys("Förstärkt belysning och kameraskylt vid stationen");
        coordinatorBrowser.findElement(By.id("problem")).sendKeys("Upprepad skadegörelse på busskuren kvällstid.");
        new Select(coordinatorBrowser.findElement(By.id("ownerOrganisationId"))).selectByVisibleText("Trygghet och säkerhet");
        setValue(coordinatorBrowser, "dueDate", yesterday.plusDays(30).toString());
        submit(coordinatorBrowser, "Föreslå åtgärden");
        assertThat(text(coordinatorBrowser)).contains("Förstärkt belysning och kameraskylt vid stationen");
        assertAccessible(coordinatorBrowser, "åtgärden");

        open(coordinatorBrowser, "/lagesbild/vecka/" + week);
        assertThat(text(coordinatorBrowser)).contains("Förstärkt belysning och kameraskylt vid stationen");
        submit(coordinatorBrowser, "Skicka till kommunchefen");
        assertThat(text(coordinatorBrowser)).contains("Lägesbilden är skickad till 1 chef(er)");
        coordinatorBrowser.findElement(By.id("feedback")).sendKeys("Busskuren är lagad och belysningen förstärks.");
        submit(coordinatorBrowser, "Skicka återkoppling");
        assertThat(text(coordinatorBrowser)).contains("Återkopplingen är skickad till 1 rapportör(er)");
        assertAccessible(coordinatorBrowser, "veckans lägesbild efter återkoppling");

        // The reporter sees the feedback
        open(phone, "/lagesbild/mina-rapporter");
        assertThat(text(phone)).contains("Busskuren är lagad och belysningen förstärks.");
        assertAccessible(phone, "mina rapporter med återkoppling");
        open(phone, "/meddelanden");
        assertThat(text(phone)).contains("Återkoppling på dina rapporter vecka " + week);
        assertAccessible(phone, "meddelanden");
    }

    private void logIn(WebDriver browser, String email, String password) {
        open(browser, "/logga-in");
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        submit(browser, "Logga in");
    }

    private void open(WebDriver browser, String path) {
        browser.get(baseUrl() + path);
    }

    private static String invitationLink(String email) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            for (MimeMessage message : MAIL.getReceivedMessages()) {
                if (Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(email))) {
                    Matcher link = LINK.matcher(message.getContent().toString());
                    if (link.find()) {
                        return link.group(1);
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Ingen inbjudan till " + email);
    }
}
