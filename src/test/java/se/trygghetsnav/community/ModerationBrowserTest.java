package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;
import static se.trygghetsnav.browser.Pages.assertAccessible;
import static se.trygghetsnav.browser.Pages.click;
import static se.trygghetsnav.browser.Pages.submit;
import static se.trygghetsnav.browser.Pages.text;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.Fixtures.Person;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.browser.Chromium;
import se.trygghetsnav.platform.Role;

/**
 * In two phone-sized Chromium windows: a member reports a post, a moderator hides it from the queue,
 * and the member sees the outcome. Then the other pages of moderation, organisations, the survey,
 * the statistics and the lägesbild link. Zero axe violations on every page. (Posts are made with
 * CommunityFixtures; the report starts from the "Anmäl" link on the post's page.)
 */
@Tag("browser")
class ModerationBrowserTest extends IntegrationTest {

    @Autowired AccessTokens tokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private WebDriver memberPhone;
    private WebDriver moderatorPhone;
    private Fixtures fixtures;
    private CommunityFixtures community;

    @BeforeEach
    void start() throws Exception {
        fixtures = new Fixtures(jdbc, tokens, encoder, users);
        community = new CommunityFixtures(jdbc, tokens, encoder);
        memberPhone = Chromium.startPhone();
        moderatorPhone = Chromium.startPhone();
    }

    @AfterEach
    void stop() {
        if (memberPhone != null) {
            memberPhone.quit();
        }
        if (moderatorPhone != null) {
            moderatorPhone.quit();
        }
    }

    @Test
    void aMemberReportsAPostAModeratorHidesItAndTheMemberSeesTheOutcome() {
        Person author = community.member(Fixtures.TRANEMO, "Åsa Författare");
        Person reporter = community.member(Fixtures.TRANEMO, "Rut Rapportör");
        Person moderator = community.member(Fixtures.TRANEMO, "Mona Moderator");
        community.grantModerator(moderator.id());
        long post = community.post(Fixtures.TRANEMO, author.id(), Visibility.PUBLIC, null, Priority.YELLOW,
                "Billiga klockor till salu, ring mig", 57.4851, 13.3473);

        logIn(memberPhone, reporter);
        open(memberPhone, "/samverkan/inlagg/" + post);
        assertThat(text(memberPhone)).contains("Billiga klockor till salu");
        assertAccessible(memberPhone, "inlägget");
        click(memberPhone, By.linkText("Anmäl"));
        assertThat(text(memberPhone)).contains("Anmäl innehåll", "Billiga klockor till salu");
        assertAccessible(memberPhone, "anmälningsformuläret");
        submit(memberPhone, "Skicka anmälan");
        assertThat(text(memberPhone)).contains("Skriv varför innehållet bryter mot uppförandekoden");
        assertAccessible(memberPhone, "anmälan utan anledning");
        memberPhone.findElement(By.id("reason")).sendKeys("Reklam för klockor");
        submit(memberPhone, "Skicka anmälan");
        assertThat(text(memberPhone)).contains("Tack för din anmälan");
        assertAccessible(memberPhone, "tack för anmälan");

        logIn(moderatorPhone, moderator);
        open(moderatorPhone, "/samverkan/moderering");
        assertThat(text(moderatorPhone)).contains("Reklam för klockor", "Billiga klockor");
        assertAccessible(moderatorPhone, "modereringskön");
        click(moderatorPhone, By.linkText("Hantera"));
        assertAccessible(moderatorPhone, "anmälans sida");
        moderatorPhone.findElement(By.id("action-HIDE")).click();
        submit(moderatorPhone, "Utför åtgärden");
        assertThat(text(moderatorPhone)).contains("Skriv en anledning till åtgärden");
        assertAccessible(moderatorPhone, "åtgärd utan anledning");
        moderatorPhone.findElement(By.id("reason")).sendKeys("Kommersiellt budskap bryter mot uppförandekoden");
        submit(moderatorPhone, "Utför åtgärden");
        assertThat(text(moderatorPhone)).contains("Åtgärden är gjord och loggad", "Dolt av moderator", "Innehållet har dolts.");
        assertAccessible(moderatorPhone, "anmälan efter åtgärden");
        open(moderatorPhone, "/samverkan/moderering");
        assertThat(text(moderatorPhone)).contains("Inga öppna anmälningar", "Mona Moderator", "dolde innehåll",
                "Kommersiellt budskap bryter mot uppförandekoden");
        assertAccessible(moderatorPhone, "kön med loggen");

        open(memberPhone, "/samverkan/mina-anmalningar");
        assertThat(text(memberPhone)).contains("Din anmälan är hanterad", "Innehållet har dolts.", "Reklam för klockor");
        assertAccessible(memberPhone, "mina anmälningar");
        assertThat(jdbc.sql("SELECT hidden_at IS NOT NULL FROM community_post WHERE id = :p").param("p", post).query(Boolean.class).single())
                .isTrue();
        open(moderatorPhone, "/samverkan/inlagg/" + post);
        assertThat(text(moderatorPhone)).contains("Dolt av moderator");
    }

    @Test
    void organisationsSurveyStatisticsAndTheLagesbildLinkAreAccessibleOnAPhone() {
        long police = fixtures.organisation(Fixtures.TRANEMO, "Polisen Tranemo", "POLICE");
        jdbc.sql("UPDATE organisation SET verified_at = now(), public_description = 'Kommunpolisen svarar vardagar' WHERE id = :id")
                .param("id", police).update();
        Person coordinator = fixtures.person(Fixtures.TRANEMO, police, Role.COORDINATOR);
        community.join(coordinator.id(), Fixtures.TRANEMO, MemberKind.STAFF);
        Person member = community.member(Fixtures.TRANEMO, "Maja Medlem");
        long group = community.group(Fixtures.TRANEMO, "Grannsamverkan Centrum", false, member.id());
        long post = community.post(Fixtures.TRANEMO, member.id(), Visibility.PUBLIC, null, Priority.RED,
                "Två personer bryter upp cykelförråd vid Storgatan", 57.4851, 13.3473);
        jdbc.sql("""
                        INSERT INTO community_post (municipality_code, author_id, author_name, visibility, organisation_id, priority, body,
                                                    latitude, longitude, exact_position)
                        VALUES ('1452', :a, 'Maja Medlem', 'ORGANISATION', :o, 'GREEN', 'Fråga till polisen om cykelstölder', 57.48, 13.35, false)
                        """).param("a", member.id()).param("o", police).update();

        logIn(memberPhone, member);
        open(memberPhone, "/samverkan/organisationer");
        assertAccessible(memberPhone, "organisationerna");
        click(memberPhone, By.linkText("Polisen Tranemo"));
        assertThat(text(memberPhone)).contains("Kommunpolisen svarar vardagar", "Skicka meddelande");
        assertAccessible(memberPhone, "organisationens sida");
        open(memberPhone, "/samverkan/enkat");
        assertAccessible(memberPhone, "enkäten");
        submit(memberPhone, "Skicka svaren");
        assertAccessible(memberPhone, "enkäten med fel");
        memberPhone.findElement(By.cssSelector("input[name=feltSafety][value='4']")).click();
        memberPhone.findElement(By.cssSelector("input[name=recommend][value='9']")).click();
        memberPhone.findElement(By.cssSelector("input[name=effect][value='SAFER']")).click();
        submit(memberPhone, "Skicka svaren");
        assertThat(text(memberPhone)).contains("Tack för dina svar", "Du har svarat i dag");
        assertAccessible(memberPhone, "enkäten besvarad");
        open(memberPhone, "/samverkan/grupper/" + group + "/anmalningar");
        assertAccessible(memberPhone, "gruppens anmälningar");

        logIn(moderatorPhone, coordinator);
        open(moderatorPhone, "/samverkan/organisation/inkorg");
        assertThat(text(moderatorPhone)).contains("Fråga till polisen om cykelstölder");
        assertAccessible(moderatorPhone, "inkorgen");
        open(moderatorPhone, "/lagesbild/samverkan");
        assertThat(text(moderatorPhone)).contains("Inlägg per vecka", "Röd, brådskande");
        assertAccessible(moderatorPhone, "statistiken");
        open(moderatorPhone, "/samverkan/inlagg/" + post + "/till-lagesbild");
        assertAccessible(moderatorPhone, "till lägesbilden");
        submit(moderatorPhone, "Skapa rapporten");
        assertThat(text(moderatorPhone)).contains("Välj en kategori som finns i kommunen");
        assertAccessible(moderatorPhone, "till lägesbilden med fel");
        new Select(moderatorPhone.findElement(By.id("category"))).selectByValue(String.valueOf(fixtures.category(Fixtures.TRANEMO, "THEFT")));
        submit(moderatorPhone, "Skapa rapporten");
        assertThat(text(moderatorPhone)).contains("Rapporterad till lägesbilden");
        assertAccessible(moderatorPhone, "rapporterad till lägesbilden");
    }

    @Test
    void theOperatorVerifiesAnOrganisationOnAPhone() {
        fixtures.organisation(Fixtures.TRANEMO, "Nattvandrarna Tranemo", "NIGHT_WALKERS");
        open(moderatorPhone, "/logga-in");
        moderatorPhone.findElement(By.id("username")).sendKeys(OPERATOR_EMAIL);
        moderatorPhone.findElement(By.id("password")).sendKeys(OPERATOR_PASSWORD);
        submit(moderatorPhone, "Logga in");
        open(moderatorPhone, "/operator/organisationer");
        assertAccessible(moderatorPhone, "operatörens organisationer");
        moderatorPhone.findElement(By.cssSelector("textarea[name=description]")).sendKeys("Vi går varje fredag");
        moderatorPhone.findElement(By.cssSelector("input[name=verified]")).click();
        submit(moderatorPhone, "Spara");
        assertThat(text(moderatorPhone)).contains("Organisationen är verifierad", "Verifierad 20");
        assertAccessible(moderatorPhone, "verifierad organisation");
    }

    private void logIn(WebDriver browser, Person person) {
        open(browser, "/logga-in");
        browser.findElement(By.id("username")).sendKeys(person.email());
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        submit(browser, "Logga in");
    }

    private void open(WebDriver browser, String path) {
        browser.get(baseUrl() + path);
    }
}
