package se.trygghetsnav.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.analysis.HexGrid;
import se.trygghetsnav.platform.Role;

/** The map page in Chromium: hexagons drawn from the analysis, the hot spot table beside them, no axe violations. */
@Tag("browser")
class HotspotMapBrowserTest extends IntegrationTest {

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private WebDriver browser;
    private Fixtures.Person analyst;

    @BeforeEach
    void setUp() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        long org = fixtures.organisation(Fixtures.TRANEMO, "Lokalpolisområde Borås", "POLICE");
        analyst = fixtures.person(Fixtures.TRANEMO, org, Role.ANALYST);
        fixtures.area(Fixtures.TRANEMO, "Stationen", 57.4880, 13.3460);
        long category = fixtures.category(Fixtures.TRANEMO, "YOUTH_GATHERING");
        Random random = new Random(3);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        for (int i = 0; i < 60; i++) {
            boolean cluster = i < 35;
            double lat = cluster ? 57.4880 + random.nextGaussian() * 0.0003 : 57.45 + random.nextDouble() * 0.07;
            double lon = cluster ? 13.3460 + random.nextGaussian() * 0.0005 : 13.29 + random.nextDouble() * 0.12;
            jdbc.sql("""
                            INSERT INTO incident_report (municipality_code, category_id, occurred_from, latitude, longitude, h3_cell, description)
                            VALUES (:m, :c, :t, :lat, :lon, :cell, 'Grupp ungdomar')
                            """)
                    .param("m", Fixtures.TRANEMO).param("c", category)
                    .param("t", today.minusDays(1 + i % 30).atTime(20 + i % 4, 0).atZone(ZoneId.of("Europe/Stockholm")).toOffsetDateTime())
                    .param("lat", lat).param("lon", lon).param("cell", HexGrid.cell(lat, lon, 10)).update();
        }
        browser = Chromium.start();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theMapShowsHexagonsAndTheHotSpotTable() {
        browser.get(baseUrl() + "/logga-in");
        browser.findElement(By.id("username")).sendKeys(analyst.email());
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("/lagesbild/"));

        browser.get(baseUrl() + "/lagesbild/karta");
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Karta och hot spots", "Signifikanta hot spots", "Stationen", "99 %", "När händer det?");
        // Leaflet draws the hexagons as SVG paths once the GeoJSON has arrived
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector(".leaflet-overlay-pane path")).size() > 20);
        assertThat(Chromium.accessibilityViolations(browser)).as("axe-core, WCAG 2.1 A/AA, kartan").isEmpty();

        browser.get(baseUrl() + "/lagesbild/karta?colour=count&resolution=8&fdr=true");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Antal rapporter per hexagon");
        assertThat(Chromium.accessibilityViolations(browser)).as("axe-core, kartan efter antal").isEmpty();
    }
}
