package se.trygghetsnav.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static se.trygghetsnav.browser.Pages.assertAccessible;
import static se.trygghetsnav.browser.Pages.setValue;
import static se.trygghetsnav.browser.Pages.submit;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.Fixtures.Person;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.community.CommunityFixtures;

/**
 * Two members in two phone-sized browsers: Bo sets an alert zone around his home, Anna posts RED
 * near it through the post form, and Bo's open page shows the live alert. Zero axe violations on
 * the bevakning and aviseringar pages.
 */
@Tag("browser")
class LiveAlertBrowserTest extends IntegrationTest {

    @Autowired AccessTokens tokens;
    @Autowired PasswordEncoder encoder;

    private WebDriver anna;
    private WebDriver bo;

    @BeforeEach
    void startBrowsers() throws Exception {
        anna = phone();
        bo = phone();
    }

    @AfterEach
    void closeBrowsers() {
        if (anna != null) {
            anna.quit();
        }
        if (bo != null) {
            bo.quit();
        }
    }

    @Test
    void aRedPostNearAZoneReachesTheOtherMembersOpenPage() throws Exception {
        CommunityFixtures community = new CommunityFixtures(jdbc, tokens, encoder);
        Person author = community.member(Fixtures.TRANEMO, "Anna Berg");
        Person watcher = community.member(Fixtures.TRANEMO, "Bo Ek");

        // Bo adds a zone around his home by typing the point (the map fills the same fields)
        logIn(bo, watcher.email());
        open(bo, "/samverkan/bevakning");
        assertAccessible(bo, "bevakning");
        bo.findElement(By.id("zone-name")).sendKeys("Hemma");
        setValue(bo, "zone-latitude", "57.4860");
        setValue(bo, "zone-longitude", "13.3520");
        setValue(bo, "zone-radius", "1000");
        submit(bo, "Lägg till området");
        assertThat(Pages.text(bo)).contains("Bevakningsområdet är sparat.", "Hemma");
        assertAccessible(bo, "bevakning med ett område");

        // Bo waits on his notification list with the live stream open
        open(bo, "/samverkan/aviseringar");
        assertAccessible(bo, "aviseringar");
        new WebDriverWait(bo, Duration.ofSeconds(15)).until(driver -> driver.findElements(By.cssSelector("#live-alerts[data-live-connected]")).size() == 1);

        // Anna posts RED close by
        logIn(anna, author.email());
        open(anna, "/samverkan/inlagg/ny");
        anna.findElement(By.id("body")).sendKeys("Inbrott pågår i villan på hörnet, en person i mörk jacka bar ut en tv");
        ((JavascriptExecutor) anna).executeScript("document.querySelector('input[name=priority][value=RED]').click();");
        setValue(anna, "latitude", "57.4855");
        setValue(anna, "longitude", "13.3515");
        submit(anna, "Publicera");

        new WebDriverWait(bo, Duration.ofSeconds(20)).until(driver ->
                driver.findElement(By.id("live-alerts")).getText().contains("Inbrott pågår i villan"));
        String banner = bo.findElement(By.id("live-alerts")).getText();
        assertThat(banner).contains("Brådskande", "Anna Berg", "Visa inlägget");
        assertThat(bo.findElement(By.cssSelector("[data-unread-count]")).getText()).isEqualTo("1 olästa");
        assertAccessible(bo, "aviseringar med en direktavisering");

        // the alert is in the list too
        open(bo, "/samverkan/aviseringar");
        assertThat(Pages.text(bo)).contains("1 olästa", "Inbrott pågår i villan", "i ditt bevakningsområde");
        Pages.click(bo, By.linkText("Visa inlägget"));
        assertThat(bo.getCurrentUrl()).contains("/samverkan/inlagg/");
        open(bo, "/samverkan/aviseringar");
        assertThat(Pages.text(bo)).contains("0 olästa");
    }

    private static WebDriver phone() throws Exception {
        WebDriver browser = Chromium.startPhone();
        return browser;
    }

    private void logIn(WebDriver browser, String email) {
        open(browser, "/logga-in");
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        submit(browser, "Logga in");
    }

    private void open(WebDriver browser, String path) {
        browser.get(baseUrl() + path);
    }
}
