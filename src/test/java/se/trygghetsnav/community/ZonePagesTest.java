package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;
import se.trygghetsnav.BrowserLikeCsrf;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.Fixtures.Person;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.AccessTokens;

/** The bevakning page (zones, position, settings) and the notification list, as a person uses them without JavaScript. */
class ZonePagesTest extends IntegrationTest {

    @Autowired AccessTokens tokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;
    @Autowired ZoneDirectory directory;

    private Fixtures fixtures;
    private CommunityFixtures community;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, tokens, encoder, users);
        community = new CommunityFixtures(jdbc, tokens, encoder);
        directory.reload();
    }

    @Test
    void aMemberAddsAZoneByTypingAPointAndSeesMistakesNextToTheFields() throws Exception {
        Person anna = community.member(Fixtures.TRANEMO, "Anna");
        Person bo = community.member(Fixtures.TRANEMO, "Bo");

        String empty = page("/samverkan/bevakning", anna);
        assertThat(empty).contains("Bevakning", "Du har inga bevakningsområden ännu.", "Min position", "Pausa alla aviseringar",
                "id=\"live-alerts\"", "/js/live.js");

        String invalid = html(mvc.perform(post("/samverkan/bevakning/omraden").with(csrf(anna))
                        .param("name", "").param("latitude", "57,485").param("longitude", "").param("radiusMetres", "50"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(invalid).contains("Skriv ett namn på högst 60 tecken", "Välj en plats på kartan",
                "Välj en radie mellan 100 meter och 5 kilometer", "value=\"57,485\"");

        mvc.perform(post("/samverkan/bevakning/omraden").with(csrf(anna))
                        .param("name", "Kiosken vid torget").param("latitude", "57,4850").param("longitude", "13.3510").param("radiusMetres", "1000"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/samverkan/bevakning"));
        assertThat(page("/samverkan/bevakning", anna)).contains("Kiosken vid torget", "inom 1");
        assertThat(directory.zoneCount()).isEqualTo(1);
        long zoneId = jdbc.sql("SELECT id FROM alert_zone WHERE user_id = ?").param(anna.id()).query(Long.class).single();

        // nobody else sees or removes it
        assertThat(page("/samverkan/bevakning", bo)).doesNotContain("Kiosken vid torget");
        mvc.perform(post("/samverkan/bevakning/omraden/" + zoneId + "/ta-bort").with(csrf(bo))).andExpect(status().isNotFound());
        mvc.perform(post("/samverkan/bevakning/omraden/" + zoneId + "/ta-bort").with(csrf(anna)))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/samverkan/bevakning", anna)).doesNotContain("Kiosken vid torget");
        assertThat(directory.zoneCount()).isZero();
    }

    @Test
    void sharingThePositionNeedsConsentAndCanBeStopped() throws Exception {
        Person anna = community.member(Fixtures.TRANEMO, "Anna");
        String refused = html(mvc.perform(post("/samverkan/bevakning/position").with(csrf(anna))
                        .param("latitude", "57.485").param("longitude", "13.351").param("radiusMetres", "500").param("hours", "4"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused).contains("Kryssa i att du samtycker");
        assertThat(jdbc.sql("SELECT count(*) FROM shared_position").query(Long.class).single()).isZero();

        mvc.perform(post("/samverkan/bevakning/position").with(csrf(anna)).param("consent", "true")
                        .param("latitude", "57.485").param("longitude", "13.351").param("radiusMetres", "500").param("hours", "4"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/samverkan/bevakning", anna)).contains("Du delar din position", "Sluta dela min position");

        String badHours = html(mvc.perform(post("/samverkan/bevakning/position").with(csrf(anna)).param("consent", "true")
                        .param("latitude", "57.485").param("longitude", "13.351").param("radiusMetres", "500").param("hours", "48"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(badHours).contains("Välj mellan 1 och 24 timmar");

        mvc.perform(post("/samverkan/bevakning/position/sluta").with(csrf(anna))).andExpect(status().is3xxRedirection());
        assertThat(page("/samverkan/bevakning", anna)).doesNotContain("Sluta dela min position");
        assertThat(jdbc.sql("SELECT count(*) FROM shared_position").query(Long.class).single()).isZero();
    }

    @Test
    void settingsPauseDigestAndMuteGroups() throws Exception {
        Person anna = community.member(Fixtures.TRANEMO, "Anna");
        Person admin = community.member(Fixtures.TRANEMO, "Admin");
        long centrum = community.group(Fixtures.TRANEMO, "Grannsamverkan Centrum", false, admin.id());
        long hallen = community.group(Fixtures.TRANEMO, "Hallen", false, admin.id());
        community.addToGroup(centrum, anna.id());
        community.addToGroup(hallen, anna.id());
        assertThat(page("/samverkan/bevakning", anna)).contains("Grannsamverkan Centrum", "Hallen");

        mvc.perform(post("/samverkan/bevakning/installningar").with(csrf(anna)).param("paused", "true").param("digest", "true")
                .param("muted", String.valueOf(hallen)).param("muted", "inte-ett-id")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT alerts_paused AND daily_digest FROM community_member WHERE user_id = ?").param(anna.id())
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT group_id FROM community_group_member WHERE user_id = ? AND muted").param(anna.id())
                .query(Long.class).list()).containsExactly(hallen);

        mvc.perform(post("/samverkan/bevakning/installningar").with(csrf(anna))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT alerts_paused OR daily_digest FROM community_member WHERE user_id = ?").param(anna.id())
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM community_group_member WHERE muted").query(Long.class).single()).isZero();
    }

    @Test
    void theNotificationListShowsAlertsAndOpeningOneMarksItRead() throws Exception {
        Person author = community.member(Fixtures.TRANEMO, "Anna");
        Person bo = community.member(Fixtures.TRANEMO, "Bo");
        Person cecilia = community.member(Fixtures.TRANEMO, "Cecilia");
        community.zone(bo.id(), "Hemma", 57.485, 13.351, 1000);
        directory.reload();
        long postId = new AlertTestPosts(community, jdbc, transactions, events).publish(Fixtures.TRANEMO, author.id(),
                Visibility.PUBLIC, null, Priority.RED, "Rökutveckling från källaren", 57.485, 13.351);
        long alertId = jdbc.sql("SELECT id FROM community_alert WHERE user_id = ?").param(bo.id()).query(Long.class).single();

        assertThat(page("/samverkan/aviseringar", bo)).contains("Aviseringar", "1 olästa", "Rökutveckling från källaren", "Brådskande",
                "i ditt bevakningsområde", "Markera alla som lästa");
        assertThat(page("/samverkan/aviseringar", cecilia)).contains("Du har inga aviseringar.").doesNotContain("Rökutveckling");
        mvc.perform(get("/samverkan/aviseringar/" + alertId).with(fixtures.loggedIn(cecilia))).andExpect(status().isNotFound());

        mvc.perform(get("/samverkan/aviseringar/" + alertId).with(fixtures.loggedIn(bo)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/samverkan/inlagg/" + postId));
        assertThat(page("/samverkan/aviseringar", bo)).contains("0 olästa");

        jdbc.sql("UPDATE community_alert SET read_at = NULL").update();
        mvc.perform(post("/samverkan/aviseringar/lasta").with(BrowserLikeCsrf.from(mvc, "/samverkan/aviseringar", fixtures.loggedIn(bo))))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/samverkan/aviseringar", bo)).contains("0 olästa");
    }

    private RequestPostProcessor csrf(Person person) throws Exception {
        return BrowserLikeCsrf.from(mvc, "/samverkan/bevakning", fixtures.loggedIn(person));
    }

    private String page(String path, Person person) throws Exception {
        return html(mvc.perform(get(path).with(fixtures.loggedIn(person))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static String html(String text) {
        return HtmlUtils.htmlUnescape(text);
    }
}
