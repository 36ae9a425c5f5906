package se.trygghetsnav.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does on a page in the browser tests: read the main text, fill a field, press a
 * button or follow a link and wait for the next page, and check the page with axe-core.
 */
public final class Pages {

    private Pages() {}

    public static String text(WebDriver browser) {
        return browser.findElement(By.tagName("main")).getText();
    }

    /** Sets a field directly (date and time inputs take typing differently per locale). */
    public static void setValue(WebDriver browser, String id, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    public static void submit(WebDriver browser, String buttonText) {
        submitIn(browser, browser.findElement(By.tagName("main")), buttonText);
    }

    public static void submitIn(WebDriver browser, WebElement scope, String buttonText) {
        WebElement button = scope.findElements(By.tagName("button")).stream()
                .filter(b -> b.getText().trim().equals(buttonText)).findFirst()
                .orElseThrow(() -> new AssertionError("Ingen knapp: " + buttonText));
        ((JavascriptExecutor) browser).executeScript("window.previousPage = true; arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        awaitNextPage(browser);
    }

    public static void click(WebDriver browser, By link) {
        ((JavascriptExecutor) browser).executeScript("window.previousPage = true;");
        browser.findElement(link).click();
        awaitNextPage(browser);
    }

    /** Waits until the page that was marked before the click has been replaced and has loaded. */
    public static void awaitNextPage(WebDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return window.previousPage === undefined && document.readyState === 'complete';")));
    }

    public static void assertAccessible(WebDriver browser, String page) {
        assertThat(Chromium.accessibilityViolations(browser)).as("axe-core, WCAG 2.1 A/AA, " + page).isEmpty();
    }
}
