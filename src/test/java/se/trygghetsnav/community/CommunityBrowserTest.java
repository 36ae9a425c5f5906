package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;
import static se.trygghetsnav.browser.Pages.assertAccessible;
import static se.trygghetsnav.browser.Pages.click;
import static se.trygghetsnav.browser.Pages.submit;
import static se.trygghetsnav.browser.Pages.text;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.browser.Chromium;

/**
 * The community in Chromium on a phone (390 x 844): signing up with the code of conduct and
 * posting, a locked group's request approved by its admin (two browsers), and downloading and
 * deleting my data. Zero axe violations on every page.
 */
@Tag("browser")
class CommunityBrowserTest extends IntegrationTest {

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private final List<WebDriver> browsers = new ArrayList<>();
    private CommunityFixtures community;

    @BeforeEach
    void setUp() {
        community = new CommunityFixtures(jdbc, accessTokens, encoder);
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void signUpWithTheCodeOfConductAndPost() throws Exception {
        WebDriver phone = phone();
        open(phone, "/samverkan/uppforandekod");
        assertThat(text(phone)).contains("Inga politiska budskap", "personuppgifter", CodeOfConduct.VERSION);
        assertAccessible(phone, "uppförandekoden");

        open(phone, "/samverkan/registrera");
        assertAccessible(phone, "registrera");
        String email = "nora-" + System.nanoTime() + "@exempel.se";
        phone.findElement(By.id("email")).sendKeys(email);
        phone.findElement(By.id("password")).sendKeys("kort");
        phone.findElement(By.id("displayName")).sendKeys("Nora Nilsson");
        new Select(phone.findElement(By.id("municipality"))).selectByVisibleText("Tranemo");
        submit(phone, "Skapa konto och gå med");
        assertThat(text(phone)).contains("minst 12 tecken", "godkänna uppförandekoden");
        assertThat(phone.findElement(By.id("displayName")).getAttribute("value")).isEqualTo("Nora Nilsson");
        assertAccessible(phone, "registrera med fel");

        phone.findElement(By.id("password")).sendKeys("ett långt och bra lösenord");
        phone.findElement(By.id("acceptCode")).click();
        submit(phone, "Skapa konto och gå med");
        assertThat(phone.getCurrentUrl()).endsWith("/samverkan");
        assertThat(text(phone)).contains("Välkommen");
        assertAccessible(phone, "flödet");

        open(phone, "/samverkan/inlagg/ny");
        assertAccessible(phone, "nytt inlägg");
        phone.findElement(By.id("body")).sendKeys("Krossad ruta vid busshållplatsen på Storgatan.");
        phone.findElement(By.cssSelector("input[name=priority][value=YELLOW]")).click();
        ((JavascriptExecutor) phone).executeScript(
                "document.getElementById('latitude').value = '57.4851'; document.getElementById('longitude').value = '13.3512';");
        submit(phone, "Publicera");
        assertThat(phone.getCurrentUrl()).matches(".*/samverkan/inlagg/\\d+");
        assertThat(text(phone)).contains("Krossad ruta", "Nora Nilsson", "Gul", "Ungefärlig plats");
        assertAccessible(phone, "inlägget");

        phone.findElement(By.id("comment-body")).sendKeys("Jag har ringt kommunen.");
        submit(phone, "Skicka kommentaren");
        assertThat(text(phone)).contains("Jag har ringt kommunen.");

        open(phone, "/samverkan");
        assertThat(text(phone)).contains("Krossad ruta");
        assertAccessible(phone, "flödet med ett inlägg");
        open(phone, "/samverkan/profil");
        assertAccessible(phone, "profilen");
        open(phone, "/trygghet/" + Fixtures.TRANEMO + "/samverkan");
        assertThat(text(phone)).contains("Krossad ruta").doesNotContain("Nora Nilsson");
        assertAccessible(phone, "den öppna kartan");
    }

    @Test
    void aLockedGroupRequestIsApprovedByItsAdmin() throws Exception {
        Fixtures.Person anna = community.member(Fixtures.TRANEMO, "Anna Admin");
        Fixtures.Person bo = community.member(Fixtures.TRANEMO, "Bo Berg");
        WebDriver annasPhone = phone();
        WebDriver bosPhone = phone();
        logIn(annasPhone, anna);
        open(annasPhone, "/samverkan/grupper");
        assertAccessible(annasPhone, "grupper utan grupper");
        annasPhone.findElement(By.id("name")).sendKeys("Grannsamverkan Åsen");
        annasPhone.findElement(By.id("description")).sendKeys("Vi som bor på Åsen.");
        annasPhone.findElement(By.name("locked")).click();
        submit(annasPhone, "Skapa gruppen");
        String groupPage = annasPhone.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        assertThat(groupPage).matches("/samverkan/grupper/\\d+");
        assertAccessible(annasPhone, "gruppen som administratör");

        logIn(bosPhone, bo);
        open(bosPhone, groupPage);
        assertThat(text(bosPhone)).contains("låst grupp").doesNotContain("Anna Admin");
        assertAccessible(bosPhone, "gruppen utifrån");
        submit(bosPhone, "Be om att få gå med");
        assertThat(text(bosPhone)).contains("väntar på godkännande");
        open(bosPhone, groupPage + "/chatt");
        assertThat(text(bosPhone)).doesNotContain("Chatt:");

        open(annasPhone, groupPage + "/medlemmar");
        assertThat(text(annasPhone)).contains("Bo Berg");
        assertAccessible(annasPhone, "medlemmar med en förfrågan");
        submit(annasPhone, "Godkänn");
        assertThat(text(annasPhone)).contains("Förfrågan är godkänd");

        open(bosPhone, groupPage + "/chatt");
        assertAccessible(bosPhone, "chatten");
        bosPhone.findElement(By.id("chat-body")).sendKeys("Tack för att jag fick vara med!");
        submit(bosPhone, "Skicka");
        assertThat(text(bosPhone)).contains("Tack för att jag fick vara med!");
        open(bosPhone, groupPage);
        assertAccessible(bosPhone, "gruppen som medlem");
        click(bosPhone, By.linkText("Medlemmar"));
        assertThat(text(bosPhone)).contains("Anna Admin", "Bo Berg");
    }

    @Test
    void downloadAndDeleteMyData() throws Exception {
        Fixtures.Person zelda = community.member(Fixtures.TRANEMO, "Zelda Ström");
        community.post(Fixtures.TRANEMO, zelda.id(), Visibility.PUBLIC, null, Priority.GREEN, "Upphittad cykel vid skolan", 57.48, 13.35);
        WebDriver phone = phone();
        logIn(phone, zelda);
        open(phone, "/samverkan/mina-data");
        assertAccessible(phone, "mina data");
        Object export = ((JavascriptExecutor) phone).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(document.querySelector('a[download]').href).then(function (r) { return r.text(); }).then(done);");
        assertThat(String.valueOf(export)).contains(zelda.email(), "Upphittad cykel", "CODE_OF_CONDUCT");

        phone.findElement(By.cssSelector("input[name=content][value=KEEP]")).click();
        submit(phone, "Ta bort mitt konto");
        assertThat(text(phone)).contains("Välj vad som ska hända");
        assertAccessible(phone, "mina data med fel");
        phone.findElement(By.cssSelector("input[name=content][value=KEEP]")).click();
        phone.findElement(By.id("confirm")).click();
        submit(phone, "Ta bort mitt konto");
        assertThat(phone.getCurrentUrl()).doesNotContain("/samverkan");
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE email = :e").param("e", zelda.email()).query(Long.class).single()).isZero();
        open(phone, "/trygghet/" + Fixtures.TRANEMO + "/samverkan");
        assertThat(text(phone)).contains("Upphittad cykel").doesNotContain("Zelda");
    }

    private WebDriver phone() throws Exception {
        WebDriver browser = Chromium.startPhone();
        browsers.add(browser);
        return browser;
    }

    private void logIn(WebDriver browser, Fixtures.Person person) {
        open(browser, "/logga-in");
        browser.findElement(By.id("username")).sendKeys(person.email());
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        submit(browser, "Logga in");
        assertThat(browser.getCurrentUrl()).endsWith("/samverkan");
    }

    private void open(WebDriver browser, String path) {
        browser.get(baseUrl() + path);
    }
}
