package se.trygghetsnav.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * The system's Chromium and ChromeDriver (Debian packages {@code chromium}, {@code chromium-driver}),
 * headless. Nothing is downloaded; without them the browser tests are skipped with a message.
 */
public final class Chromium {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Chromium() {}

    public static WebDriver start() throws Exception {
        String browser = firstExisting(BROWSERS);
        String driver = firstExisting(DRIVERS);
        Assumptions.assumeTrue(browser != null && driver != null,
                "Chromium/ChromeDriver saknas: installera Debian-paketen chromium och chromium-driver för att köra webbläsartesterna");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1000", "--lang=sv-SE",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    /** A browser with a phone-sized window (390×844, as an iPhone 12–15). */
    public static WebDriver startPhone() throws Exception {
        WebDriver phone = start();
        phone.manage().window().setSize(new Dimension(390, 844));
        return phone;
    }

    /** axe-core's WCAG 2.1 A and AA rules on the current page; a readable list of what failed. */
    public static String accessibilityViolations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " -> "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    private static String firstExisting(List<String> paths) {
        return paths.stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst().orElse(null);
    }
}
