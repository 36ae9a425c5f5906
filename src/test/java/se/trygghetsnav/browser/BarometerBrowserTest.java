package se.trygghetsnav.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.survey.Instrument;
import se.trygghetsnav.survey.InstrumentCatalog;

/**
 * A safety official answers the whole barometer in Chromium: back and forth, a reload, a missing
 * answer, the contact page and the result, with zero axe-core violations on every kind of page.
 * Afterwards nothing in the database points back at the browser.
 */
@Tag("browser")
class BarometerBrowserTest extends IntegrationTest {

    private static final Instrument INSTRUMENT = new InstrumentCatalog().latest("trygghetsbarometern").orElseThrow();

    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void answersTheWholeBarometerAccessiblyAndAnonymously() {
        browser.get(baseUrl() + "/barometern");
        assertThat(browser.getTitle()).startsWith("Trygghetsbarometern");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("allt är anonymt", "Helt anonymt");
        assertNoViolations("startsidan");
        click("Nästa");

        // Section 1: Nästa with nothing answered shows a message at each question
        assertThat(progress()).isEqualTo("Område 1 av 11");
        assertNoViolations("område 1");
        answer("s1.q1", "YES");
        click("Nästa");
        assertThat(browser.findElement(By.className("error-summary")).getText()).contains("Några frågor saknar svar");
        assertThat(browser.findElements(By.className("field-error"))).hasSize(3);
        assertThat(selected("s1.q1")).isEqualTo("YES");
        assertNoViolations("område 1 med fel");
        answer("s1.q2", "NO");
        answer("s1.q3", "PARTLY");
        answer("s1.q4", "DONT_KNOW");
        click("Nästa");

        // Section 2, then back: answers survive, and survive a reload
        assertThat(progress()).isEqualTo("Område 2 av 11");
        answer("s2.q1", "PARTLY");
        click("Föregående");
        assertThat(progress()).isEqualTo("Område 1 av 11");
        assertThat(selected("s1.q2")).isEqualTo("NO");
        browser.navigate().refresh();
        assertThat(selected("s1.q4")).isEqualTo("DONT_KNOW");
        click("Nästa");
        assertThat(selected("s2.q1")).isEqualTo("PARTLY");

        for (int number = 2; number <= 11; number++) {
            assertThat(progress()).isEqualTo("Område " + number + " av 11");
            for (Instrument.Question question : INSTRUMENT.sectionAt(number).orElseThrow().questions()) {
                if (selected(question.id()) == null) {
                    answer(question.id(), "YES");
                }
            }
            click("Nästa");
        }

        // Contact page: optional fields, an unticked box
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kontaktuppgifter (frivilligt)");
        assertThat(browser.findElement(By.id("linkResult")).isSelected()).isFalse();
        assertNoViolations("kontaktsidan");
        browser.findElement(By.id("organisation")).sendKeys("Säkerhetsenheten, Östra Göinge");
        click("Visa mitt resultat");

        // Result: s1 = 2+0+1+0 of 8 -> 38, s2 = 1 + 8 of 10 -> 90, the other 66 all Ja; total 144 of 150 -> 96
        assertThat(browser.getCurrentUrl()).matches(".*/barometern/resultat/[A-Za-z0-9_-]{43}");
        String result = browser.findElement(By.tagName("main")).getText();
        assertThat(result).contains("Ditt resultat i Trygghetsbarometern", "96 av 100", "Väl utvecklat", "Utvecklingslista",
                "Ert svar: Nej", "Ert svar: Delvis", "Ert svar: Vet ej");
        assertThat(browser.findElement(By.cssSelector(".data-table tbody tr")).getText()).contains("38");
        assertNoViolations("resultatsidan");

        markCurrentPage();
        browser.findElement(By.linkText("Utskriftsvänlig version")).click();
        awaitNextPage();
        assertNoViolations("utskriftsversionen");

        browser.get(baseUrl() + "/barometern?lang=en");
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Completely anonymous");
        assertNoViolations("startsidan på engelska");

        assertNothingStoredPointsAtTheBrowser(((org.openqa.selenium.HasCapabilities) browser).getCapabilities().getBrowserVersion());
    }

    private void assertNothingStoredPointsAtTheBrowser(String browserVersion) {
        assertThat(jdbc.sql("SELECT count(*) FROM barometer_response").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM barometer_contact_request WHERE response_id IS NULL").query(Long.class).single()).isEqualTo(1);
        List<String> tables = jdbc.sql("SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public'")
                .query(String.class).list();
        String browserTraces = "127\\.0\\.0\\.1|localhost|::1|Mozilla|HeadlessChrome|Chrome/|" + browserVersion.replace(".", "\\.");
        for (String table : tables) {
            long traces = jdbc.sql("SELECT count(*) FROM " + table + " t WHERE t::text ~* :pattern")
                    .param("pattern", browserTraces)
                    .query(Long.class).single();
            assertThat(traces).as("traces of the browser in %s", table).isZero();
        }
        List<String> timeColumns = jdbc.sql("""
                        SELECT format('%I.%I', table_name, column_name) FROM information_schema.columns
                        WHERE table_schema = 'public' AND table_name LIKE 'barometer%' AND data_type LIKE 'time%'
                        """).query(String.class).list();
        assertThat(timeColumns).as("barometer tables keep dates, never times of day").isEmpty();
    }

    private void assertNoViolations(String page) {
        assertThat(Chromium.accessibilityViolations(browser)).as("axe-core, WCAG 2.1 A/AA, " + page).isEmpty();
    }

    private String progress() {
        return browser.findElement(By.className("progress__label")).getText();
    }

    private void answer(String questionId, String code) {
        browser.findElement(By.cssSelector("input[name='" + questionId + "'][value='" + code + "']")).click();
    }

    private String selected(String questionId) {
        return browser.findElements(By.cssSelector("input[name='" + questionId + "']")).stream()
                .filter(WebElement::isSelected).map(input -> input.getAttribute("value")).findFirst().orElse(null);
    }

    /** Clicks a button or button-like link and waits for the next page. */
    private void click(String buttonText) {
        markCurrentPage();
        browser.findElements(By.cssSelector("button, a.button")).stream()
                .filter(button -> button.getText().trim().equals(buttonText))
                .findFirst().orElseThrow(() -> new AssertionError("Ingen knapp: " + buttonText))
                .click();
        awaitNextPage();
    }

    private void markCurrentPage() {
        ((JavascriptExecutor) browser).executeScript("window.previousPage = true;");
    }

    private void awaitNextPage() {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver ->
                Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                        "return window.previousPage === undefined && document.readyState === 'complete';")));
    }
}
