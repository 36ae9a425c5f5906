package se.trygghetsnav.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/** Proves the accessibility check can fail: a page with known violations must be reported. */
@Tag("browser")
class AxeSelfCheckTest {

    @Test
    void reportsAnImageWithoutTextAlternative() throws Exception {
        WebDriver browser = Chromium.start();
        try {
            browser.get("data:text/html;charset=utf-8,<!DOCTYPE html><html><head><title>t</title></head>"
                    + "<body><main><img src='x.png'><input type='text'></main></body></html>");
            assertThat(Chromium.accessibilityViolations(browser)).contains("image-alt", "html-has-lang", "label");
        } finally {
            browser.quit();
        }
    }
}
