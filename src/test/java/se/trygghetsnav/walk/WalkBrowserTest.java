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
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
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
        drawRoute(desk);
        submit(desk, "Planera vandringen");
        String walk = desk.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        assertThat(walk).matches("/lagesbild/vandringar/\\d+");
        assertThat(text(desk)).contains("Rutten har 3 punkter", "Inbjudan för webben och sociala medier");
        assertThat(desk.findElement(By.id("invitation-text")).getAttribute("value")).isEqualTo("Välkommen att gå med på trygghetsvandring!");
        awaitPaths(desk, "[data-map='route']", 1);
        assertAccessible(desk, "vandringen");

        // without the map: the route typed as GeoJSON on the edit page, on a phone
        logIn(phone);
        open(phone, walk + "/andra");
        assertAccessible(phone, "ändra vandringen på telefonen");
        setValue(phone, "route", "{\"type\":\"LineString\",\"coordinates\":[[13.36,57.54],[13.361,57.541]]}");
        submit(phone, "Spara ändringarna");
        assertThat(text(phone)).contains("Vandringen är ändrad.", "Rutten har 2 punkter");

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
        assertThat(text(desk)).contains("2022–2026", "1 av 2 orter", "Ljungsarp", "Ingen vandring", "Karta över orterna",
                "Teckenförklaring");
        awaitPaths(desk, "[data-map='coverage']", 2);
        assertAccessible(desk, "täckning med karta");
        open(phone, "/lagesbild/vandringar/tackning?term=2022");
        awaitPaths(phone, "[data-map='coverage']", 2);
        assertAccessible(phone, "täckning med karta på telefonen");

        open(desk, walk);
        submit(desk, "Planera det uppföljande trygghetsmötet");
        assertThat(text(desk)).contains("Trygghetsmöte i Limmared", "2026-01-29", "18.30 Fika", "Inbjudan för webben och sociala medier");
        assertThat(desk.findElement(By.id("invitation-text")).getAttribute("value"))
                .startsWith("Välkommen på öppet trygghetsmöte i Limmared torsdag 29 januari 2026 kl. 18.00–20.00!");
        assertAccessible(desk, "mötet med inbjudan");
        click(desk, By.linkText("Den öppna sidan för invånare"));
        assertThat(text(desk)).contains("Tranemo", "18.00 Välkomna", "20.00 Tack för ikväll", "Lägg till i kalendern");
        assertAccessible(desk, "den öppna mötessidan");

        open(desk, walk);
        assertThat(text(desk)).contains("Fotona visas inte i den offentliga återkopplingen");
        submit(desk, "Publicera fotona i återkopplingen");
        assertThat(text(desk)).contains("Fotona visas nu i den offentliga återkopplingen.");
        click(desk, By.linkText("Den öppna sidan med inbjudan och återkoppling"));
        assertThat(text(desk)).contains("Torget vid biblioteket", "Trasig gatlampa vid gångtunneln", "Föreslagen",
                "Rutten har 2 punkter", "Foton före och efter");
        assertThat(desk.findElement(By.linkText("Lägg till i kalendern (.ics)")).getAttribute("href"))
                .endsWith(walk.replace("/lagesbild/", "/trygghet/1452/") + ".ics");
        assertThat(desk.findElements(By.cssSelector(".before-after img")).get(0).getAttribute("alt"))
                .isEqualTo("Foto före: Trasig gatlampa vid gångtunneln");
        awaitPaths(desk, "[data-map='route']", 1);
        assertAccessible(desk, "den öppna vandringssidan med rutt, kalenderlänk och återkoppling");
    }

    private void observe(WebDriver browser, String walk, String category, String seen, Path photo, boolean checkPage) {
        open(browser, walk + "/observation");
        if (checkPage) {
            awaitPaths(browser, "[data-map='pick']", 1);
            assertAccessible(browser, "observation på telefonen, med rutten på kartan");
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

    /** Taps three points on the route map; the map writes them as a GeoJSON LineString into the route field. */
    private void drawRoute(WebDriver browser) {
        WebElement map = browser.findElement(By.cssSelector("[data-map='route']"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> map.isDisplayed()
                && !map.findElements(By.cssSelector(".leaflet-map-pane")).isEmpty());
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", map);
        for (int[] offset : new int[][] {{-60, -40}, {0, 0}, {60, 30}}) {
            new Actions(browser).moveToElement(map, offset[0], offset[1]).click().perform();
        }
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.findElement(By.id("route")).getAttribute("value")
                .matches("\\{\"type\":\"LineString\",\"coordinates\":\\[\\[[^\\]]+\\],\\[[^\\]]+\\],\\[[^\\]]+\\]\\]\\}"));
        awaitPaths(browser, "[data-map='route']", 1);
    }

    /** Waits until Leaflet has drawn at least this many shapes (lines, circles) in the map. */
    private static void awaitPaths(WebDriver browser, String map, int count) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector(map + " .leaflet-overlay-pane path")).size() >= count);
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
