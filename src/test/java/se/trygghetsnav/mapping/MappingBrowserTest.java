package se.trygghetsnav.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
 * In Chromium: an organiser creates a round for Stockholms län, a respondent saves halfway, comes
 * back and submits, the organiser reads the table and downloads Excel; zero axe violations.
 */
@Tag("browser")
class MappingBrowserTest extends IntegrationTest {

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private WebDriver browser;
    private Fixtures.Person organiser;

    @BeforeEach
    void setUp() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        long region = fixtures.organisation("0180", "Storsthlm", "OTHER");
        organiser = fixtures.person("0180", region, Role.COORDINATOR);
        browser = Chromium.start();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOrganiserMapsStockholmsLanAndAMunicipalityAnswersInTwoSittings() throws Exception {
        open("/logga-in");
        browser.findElement(By.id("username")).sendKeys(organiser.email());
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        submit("Logga in");

        open("/kartlaggning");
        assertNoViolations("kartläggningar");
        open("/kartlaggning/ny");
        assertNoViolations("ny kartläggning");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("county"))).selectByValue("01");
        submit("Visa länets kommuner");
        assertThat(browser.findElements(By.cssSelector("input[name='code']:checked"))).hasSize(26);
        assertNoViolations("ny kartläggning med länets kommuner");
        browser.findElement(By.id("name")).sendKeys("Kartläggning Stockholms län 2026");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('deadline').value = '2099-12-31';");
        browser.findElement(By.id("e-0114")).sendKeys("trygghet@upplandsvasby.test");
        submit("Skapa och skicka inbjudningar");
        assertThat(text()).contains("Kartläggning Stockholms län 2026", "Upplands Väsby", "Inte påbörjad");
        assertThat(MAIL.getReceivedMessages()).hasSizeGreaterThanOrEqualTo(1);
        assertNoViolations("omgången");
        String link = browser.findElement(By.linkText("Svarslänk för Upplands Väsby")).getAttribute("href");
        String roundPage = browser.getCurrentUrl();

        // the respondent answers the first part and saves
        browser.get(link);
        assertThat(text()).contains("inte anonyma", "Politik och planer", "1. Har politiken gett några särskilda direktiv");
        assertNoViolations("svarsformuläret");
        choose("q1", "YES");
        browser.findElement(By.id("q1-followup")).sendKeys("Trygghetsprogram 2024");
        choose("q2", "NO");
        submit("Spara och fortsätt senare");
        assertThat(text()).contains("Svaren är sparade");

        // comes back later and submits
        browser.get(link);
        assertThat(browser.findElement(By.cssSelector("input[name='q1'][value='YES']")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("q1-followup")).getDomProperty("value")).isEqualTo("Trygghetsprogram 2024");
        submit("Skicka in");
        assertThat(text()).contains("Något behöver rättas");
        assertNoViolations("svarsformuläret med fel");
        choose("q3", "YES");
        choose("q4", "DONT_KNOW");
        choose("q16", "YES");
        choose("q17", "NO");
        browser.findElement(By.id("q5")).sendKeys("I kommunledningen");
        submit("Skicka in");
        assertThat(text()).contains("Tack för era svar");
        assertNoViolations("tack");

        // the organiser sees the table
        browser.get(roundPage);
        assertThat(text()).contains("Har svarat");
        browser.findElement(By.linkText("Resultat")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("/resultat"));
        WebElement q1 = browser.findElement(By.id("row-q1"));
        assertThat(q1.getText()).contains("1", "100 %");
        assertThat(browser.findElement(By.id("row-q4")).getText()).contains("100 %");
        assertThat(text()).contains("I kommunledningen", "Trygghetsprogram 2024", "Upplands Väsby");
        assertNoViolations("resultat");

        // and downloads Excel with the browser's cookies
        String excel = browser.findElement(By.linkText("Ladda ned som Excel")).getAttribute("href");
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(excel)).header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(download.body()).startsWith(new byte[] {'P', 'K'});
    }

    private void choose(String question, String code) {
        WebElement radio = browser.findElement(By.cssSelector("input[name='" + question + "'][value='" + code + "']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", radio);
        radio.click();
    }

    private void open(String path) {
        browser.get(baseUrl() + path);
    }

    private String text() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private void submit(String buttonText) {
        WebElement button = browser.findElement(By.tagName("main")).findElements(By.tagName("button")).stream()
                .filter(b -> b.getText().trim().equals(buttonText)).findFirst()
                .orElseThrow(() -> new AssertionError("Ingen knapp: " + buttonText));
        ((JavascriptExecutor) browser).executeScript("window.previousPage = true; arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver ->
                Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                        "return window.previousPage === undefined && document.readyState === 'complete';")));
    }

    private void assertNoViolations(String page) {
        assertThat(Chromium.accessibilityViolations(browser)).as("axe-core, WCAG 2.1 A/AA, " + page).isEmpty();
    }
}
