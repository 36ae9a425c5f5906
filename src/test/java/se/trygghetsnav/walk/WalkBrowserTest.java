package se.trygghetsnav.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static se.trygghetsnav.browser.Pages.assertAccessible;
import static se.trygghetsnav.browser.Pages.click;
import static se.trygghetsnav.browser.Pages.setValue;
import static se.trygghetsnav.browser.Pages.submit;
import static se.trygghetsnav.browser.Pages.submitIn;
import static se.trygghetsnav.browser.Pages.text;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.browser.Chromium;
import se.trygghetsnav.platform.Role;

/**
 * A safety walk in Chromium: planned at a desk, two observations with photos from a phone-sized
 * window, completed, an observation made a measure, the follow-up dates in the overview, the
 * coverage table and the public meeting page. Zero axe violations on every page.
 */
@Tag("browser")
class WalkBrowserTest extends IntegrationTest {

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
        for (String[] place : new String[][] {{"Limmared", "57.54", "13.36"}, {"Ljungsarp", "57.51", "13.43"}}) {
            jdbc.sql("INSERT INTO locality (municipality_code, name, latitude, longitude) VALUES ('1452', :n, :lat, :lon)")
                    .param("n", place[0]).param("lat", Double.parseDouble(place[1])).param("lon", Double.parseDouble(place[2])).update();
        }
        desk = Chromium.start();
        phone = Chromium.start();
        phone.manage().window().setSize(new Dimension(390, 844));
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
    void planObserveCompleteAndFollowUp() throws Exception {
        logIn(desk);
        open(desk, "/lagesbild/vandringar");
        assertAccessible(desk, "översikten utan vandringar");
        open(desk, "/lagesbild/vandringar/ny");
        assertAccessible(desk, "planera");
        new Select(desk.findElement(By.id("locality"))).selectByVisibleText("Limmared");
        setValue(desk, "date", "2026-01-08");
        setValue(desk, "time", "18:00");
        desk.findElement(By.id("meetingPoint")).sendKeys("Torget vid biblioteket");
        desk.findElement(By.id("invitation")).sendKeys("Välkommen att gå med på trygghetsvandring!");
        submit(desk, "Planera vandringen");
        String walk = desk.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        assertThat(walk).matches("/lagesbild/vandringar/\\d+");
        assertAccessible(desk, "vandringen");

        logIn(phone);
        Path photo = Files.createTempFile("lampa", ".jpg");
        Files.write(photo, WalkPagesTest.jpegWithMarker());
        observe(phone, walk, "LIGHTING", "Trasig gatlampa vid gångtunneln", photo, true);
        observe(phone, walk, "VEGETATION", "Buskarna skymmer sikten vid cykelbanan", photo, false);
        assertThat(text(phone)).contains("Trasig gatlampa vid gångtunneln", "Buskarna skymmer sikten vid cykelbanan");
        assertAccessible(phone, "vandringen på telefonen");

        open(desk, walk);
        submit(desk, "Avsluta vandringen");
        assertThat(text(desk)).contains("Genomförd", "2026-01-29", "2026-07-08", "Försenad");
        WebElement firstRow = desk.findElements(By.cssSelector("tbody tr")).get(0);
        submitIn(desk, firstRow, "Gör till åtgärd");
        assertThat(text(desk)).contains("Trygghetsvandring Limmared: Trasig gatlampa", "Föreslagen");
        assertAccessible(desk, "avslutad vandring med åtgärd");

        open(desk, "/lagesbild/vandringar");
        assertThat(text(desk)).contains("Limmared", "2026-01-08", "2026-01-29", "2026-07-08", "Försenad");
        assertAccessible(desk, "översikten");

        open(desk, "/lagesbild/vandringar/tackning?term=2022");
        assertThat(text(desk)).contains("2022–2026", "1 av 2 orter", "Ljungsarp", "Ingen vandring");
        assertAccessible(desk, "täckning");

        open(desk, walk);
        submit(desk, "Planera det uppföljande trygghetsmötet");
        assertThat(text(desk)).contains("Trygghetsmöte i Limmared", "2026-01-29", "18.30 Fika");
        assertAccessible(desk, "mötet");
        click(desk, By.linkText("Den öppna sidan för invånare"));
        assertThat(text(desk)).contains("Tranemo", "18.00 Välkomna", "20.00 Tack för ikväll", "Lägg till i kalendern");
        assertAccessible(desk, "den öppna mötessidan");

        open(desk, walk);
        click(desk, By.linkText("Den öppna sidan med inbjudan och återkoppling"));
        assertThat(text(desk)).contains("Torget vid biblioteket", "Trasig gatlampa vid gångtunneln", "Föreslagen");
        assertAccessible(desk, "den öppna vandringssidan med återkoppling");
    }

    private void observe(WebDriver browser, String walk, String category, String seen, Path photo, boolean checkPage) {
        open(browser, walk + "/observation");
        if (checkPage) {
            assertAccessible(browser, "observation på telefonen");
        }
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();",
                browser.findElement(By.cssSelector("input[name='category'][value='" + category + "']")));
        setValue(browser, "latitude", "57.5401");
        setValue(browser, "longitude", "13.3602");
        browser.findElement(By.id("seen")).sendKeys(seen);
        browser.findElement(By.id("improvement")).sendKeys("Åtgärda");
        browser.findElement(By.id("photo")).sendKeys(photo.toString());
        submit(browser, "Spara observationen");
        assertThat(text(browser)).contains("Observationen är sparad");
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
