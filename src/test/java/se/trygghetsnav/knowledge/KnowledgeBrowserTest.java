package se.trygghetsnav.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.browser.Chromium;

/** A person searches the knowledge bank in Chromium and opens an article; zero axe violations on the way. */
@Tag("browser")
class KnowledgeBrowserTest extends IntegrationTest {

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
    void searchesTheKnowledgeBankAndOpensAnArticleAccessibly() {
        browser.get(baseUrl() + "/");
        browser.findElement(By.linkText("Kunskapsbank")).click();
        awaitUrl("/kunskap");
        assertThat(browser.getTitle()).startsWith("Kunskapsbank");
        assertNoViolations("kunskapsbanken");

        browser.findElement(By.id("q")).sendKeys("vandringar");
        browser.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
        awaitUrl("/kunskap/sok?q=vandringar");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Trygghetsvandring");
        assertNoViolations("sökresultatet");

        browser.findElement(By.linkText("Trygghetsvandring")).click();
        awaitUrl("/kunskap/trygghetsvandring");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Trygghetsvandring");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Hjälper med dessa frågor i Trygghetsbarometern");
        assertNoViolations("artikeln");

        browser.get(baseUrl() + "/kunskap/kamerabevakning");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("-13 %");
        assertNoViolations("kamerabevakning");

        browser.get(baseUrl() + "/kunskap?tag=belysning");
        assertNoViolations("ämnesfiltret");
    }

    /** Clicks navigate asynchronously: wait for the next page before reading it. */
    private void awaitUrl(String part) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().contains(part)
                        && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private void assertNoViolations(String page) {
        assertThat(Chromium.accessibilityViolations(browser)).as("axe-core, WCAG 2.1 A/AA, " + page).isEmpty();
    }
}
