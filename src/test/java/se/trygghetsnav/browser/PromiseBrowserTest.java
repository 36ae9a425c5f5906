package se.trygghetsnav.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static se.trygghetsnav.browser.Pages.assertAccessible;
import static se.trygghetsnav.browser.Pages.click;
import static se.trygghetsnav.browser.Pages.setValue;
import static se.trygghetsnav.browser.Pages.submit;
import static se.trygghetsnav.browser.Pages.text;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.platform.Role;

/**
 * A citizen promise in Chromium: recorded at a desk with an error on the way, an activity and a
 * yearly follow-up; the årshjul with a calendar link; the public pages and the årshjul on a
 * phone-sized window. Zero axe violations on every page.
 */
@Tag("browser")
class PromiseBrowserTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private WebDriver desk;
    private WebDriver phone;
    private Fixtures.Person coordinator;

    @BeforeEach
    void setUp() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        coordinator = fixtures.person(Fixtures.TRANEMO, fixtures.organisation(Fixtures.TRANEMO, "Trygg och säker kommun",
                "MUNICIPAL_DEPARTMENT"), Role.COORDINATOR);
        fixtures.organisation(Fixtures.TRANEMO, "Polisen, lokalpolisområde Borås", "POLICE");
        desk = Chromium.start();
        phone = Chromium.startPhone();
    }

    @AfterEach
    void closeBrowsers() {
        if (desk != null) {
            desk.quit();
        }
        if (phone != null) {
            phone.quit();
        }
    }

    @Test
    void recordAPromiseFollowItUpAndSeeItInTheYearAndInPublic() {
        logIn(desk);
        open(desk, "/lagesbild/medborgarloften");
        assertThat(text(desk)).contains("Inga medborgarlöften ännu.");
        assertAccessible(desk, "medborgarlöften utan löften");
        click(desk, By.linkText("Nytt medborgarlöfte"));
        assertAccessible(desk, "nytt medborgarlöfte");

        desk.findElement(By.id("title")).sendKeys("Tryggt i centrum på kvällen");
        setValue(desk, "periodFrom", TODAY.minusMonths(2).toString());
        setValue(desk, "periodTo", TODAY.plusMonths(20).toString());
        submit(desk, "Spara medborgarlöftet");
        assertThat(text(desk)).contains("Kontrollera de markerade fälten.", "Skriv löftet");
        assertThat(desk.findElement(By.id("title")).getAttribute("value")).isEqualTo("Tryggt i centrum på kvällen");
        assertAccessible(desk, "medborgarlöfte med fel");

        desk.findElement(By.id("text")).sendKeys("Polisen och kommunen lovar fler kvällspatruller och bättre belysning i centrum.");
        desk.findElement(By.id("focusProblems")).sendKeys("Öppen narkotikahandel\nBelysning");
        desk.findElement(By.xpath("//label[span[text()='Polisen, lokalpolisområde Borås']]")).click();
        desk.findElement(By.xpath("//label[span[text()='Trygg och säker kommun']]")).click();
        desk.findElement(By.id("published")).click();
        submit(desk, "Spara medborgarlöftet");
        String promise = desk.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        assertThat(promise).matches("/lagesbild/medborgarloften/\\d+");
        assertThat(text(desk)).contains("Medborgarlöftet är sparat.", "Polisen, lokalpolisområde Borås, Trygg och säker kommun",
                "Gäller nu");
        assertAccessible(desk, "medborgarlöftet");

        desk.findElement(By.id("description")).sendKeys("Kvällspatrull fredagar");
        new Select(desk.findElement(By.id("owner"))).selectByVisibleText("Polisen, lokalpolisområde Borås");
        new Select(desk.findElement(By.id("status"))).selectByVisibleText("Pågår");
        setValue(desk, "dueDate", TODAY.minusDays(1).toString());
        submit(desk, "Lägg till aktiviteten");
        assertThat(text(desk)).contains("Aktiviteten är tillagd.", "Kvällspatrull fredagar", "Pågår", "Försenad");
        assertAccessible(desk, "medborgarlöftet med en försenad aktivitet");

        click(desk, By.linkText("Ändra aktiviteten"));
        assertAccessible(desk, "ändra aktiviteten");
        new Select(desk.findElement(By.id("status"))).selectByVisibleText("Klar");
        submit(desk, "Spara aktiviteten");
        assertThat(text(desk)).contains("Aktiviteten är sparad.").doesNotContain("Försenad");

        open(desk, promise + "/uppfoljning?ar=" + TODAY.getYear());
        assertAccessible(desk, "årlig uppföljning");
        desk.findElement(By.id("achieved")).sendKeys("Fyrtio kvällspatruller under året.");
        submit(desk, "Spara uppföljningen");
        assertThat(text(desk)).contains("Uppföljningen är sparad.", "Fyrtio kvällspatruller under året.");

        open(desk, "/lagesbild/arshjul");
        assertThat(text(desk)).contains("Årshjul " + TODAY.getYear(), "Kvällspatrull fredagar", "Medborgarlöfte, årlig uppföljning");
        assertAccessible(desk, "årshjulet");
        submit(desk, "Skapa en kalenderlänk");
        String feed = desk.findElement(By.id("feed-url")).getAttribute("value");
        assertThat(feed).contains("/kalender/").endsWith(".ics");
        assertAccessible(desk, "årshjulet med en ny kalenderlänk");

        logIn(phone);
        open(phone, "/lagesbild/arshjul");
        assertThat(text(phone)).contains("Kvällspatrull fredagar");
        assertAccessible(phone, "årshjulet på telefonen");
        open(phone, "/trygghet/1452/medborgarloften");
        assertThat(text(phone)).contains("Medborgarlöften i Tranemo", "Tryggt i centrum på kvällen", "Kvällspatrull fredagar", "Klar");
        assertAccessible(phone, "de öppna medborgarlöftena på telefonen");
        click(phone, By.linkText("Tryggt i centrum på kvällen"));
        assertThat(text(phone)).contains("Så har det gått", "Fyrtio kvällspatruller under året.");
        assertAccessible(phone, "ett öppet medborgarlöfte på telefonen");
    }

    private void logIn(WebDriver browser) {
        open(browser, "/logga-in");
        browser.findElement(By.id("username")).sendKeys(coordinator.email());
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        submit(browser, "Logga in");
    }

    private void open(WebDriver browser, String path) {
        browser.get(baseUrl() + path);
    }
}
