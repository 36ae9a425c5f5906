package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.trygghetsnav.BrowserLikeCsrf;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.Fixtures.Person;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.platform.Role;

/** Subscribing a browser to push alerts through the API and the page, and turning it off again. */
class PushSubscriptionApiTest extends IntegrationTest {

    private static final String API = "/api/v1/community/push-subscriptions";
    private static final String ENDPOINT = "https://push.example.org/send/abc123";

    @Autowired AccessTokens tokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private Fixtures fixtures;
    private CommunityFixtures community;
    private Person anna;
    private PushTestBrowser browser;

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new Fixtures(jdbc, tokens, encoder, users);
        community = new CommunityFixtures(jdbc, tokens, encoder);
        anna = community.member(Fixtures.TRANEMO, "Anna");
        browser = new PushTestBrowser();
    }

    @Test
    void aMemberSubscribesAndConsentsThenUnsubscribesAndWithdraws() throws Exception {
        mvc.perform(bearer(get(API), anna)).andExpect(status().isOk())
                .andExpect(jsonPath("$.subscriptions").value(0)).andExpect(jsonPath("$.consent").value(false));

        String created = mvc.perform(bearer(post(API), anna).contentType(MediaType.APPLICATION_JSON).content(subscriptionJson(ENDPOINT)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.subscriptions").value(1)).andExpect(jsonPath("$.consent").value(true))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String key = created.replaceAll(".*\"applicationServerKey\":\"([^\"]+)\".*", "$1");
        assertThat(Base64.getUrlDecoder().decode(key)).hasSize(65).startsWith((byte) 4);
        assertThat(jdbc.sql("SELECT p256dh FROM push_subscription WHERE user_id = ? AND endpoint = ?").params(anna.id(), ENDPOINT)
                .query(String.class).single()).isEqualTo(browser.p256dh());
        assertThat(activeConsents(anna.id())).isEqualTo(1);

        // Subscribing again (the browser re-sends its subscription) changes nothing.
        mvc.perform(bearer(post(API), anna).contentType(MediaType.APPLICATION_JSON).content(subscriptionJson(ENDPOINT)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.subscriptions").value(1));
        assertThat(activeConsents(anna.id())).isEqualTo(1);

        mvc.perform(bearer(delete(API).param("endpoint", ENDPOINT), anna)).andExpect(status().isNoContent());
        assertThat(count("SELECT count(*) FROM push_subscription")).isZero();
        assertThat(activeConsents(anna.id())).isZero();
        assertThat(count("SELECT count(*) FROM community_consent WHERE kind = 'PUSH' AND withdrawn_at IS NOT NULL")).isEqualTo(1);
    }

    @Test
    void theKeyStaysTheSameBetweenCalls() throws Exception {
        String first = mvc.perform(bearer(get(API), anna)).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(bearer(get(API), anna)).andReturn().getResponse().getContentAsString();

        assertThat(first).isEqualTo(second);
    }

    @Test
    void anotherMembersBrowserTakesOverTheSubscriptionAndOnlyOwnSubscriptionsAreDeleted() throws Exception {
        Person bertil = community.member(Fixtures.TRANEMO, "Bertil");
        mvc.perform(bearer(post(API), anna).contentType(MediaType.APPLICATION_JSON).content(subscriptionJson(ENDPOINT)))
                .andExpect(status().isCreated());
        mvc.perform(bearer(post(API), bertil).contentType(MediaType.APPLICATION_JSON).content(subscriptionJson(ENDPOINT)))
                .andExpect(status().isCreated());
        assertThat(jdbc.sql("SELECT user_id FROM push_subscription").query(Long.class).single()).isEqualTo(bertil.id());

        mvc.perform(bearer(delete(API).param("endpoint", ENDPOINT), anna)).andExpect(status().isNoContent());
        assertThat(count("SELECT count(*) FROM push_subscription")).isEqualTo(1);
    }

    @Test
    void badSubscriptionsAreRefusedWithProblems() throws Exception {
        mvc.perform(bearer(post(API), anna).contentType(MediaType.APPLICATION_JSON).content(subscriptionJson("http://push.example.org/x")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("endpoint"));
        mvc.perform(bearer(post(API), anna).contentType(MediaType.APPLICATION_JSON).content(subscriptionJson("file:///etc/passwd")))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(bearer(post(API), anna).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"endpoint\":\"" + ENDPOINT + "\",\"keys\":{\"p256dh\":\"AAAA\",\"auth\":\"!!\"}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("keys.p256dh"))
                .andExpect(jsonPath("$.errors[1].field").value("keys.auth"));
        mvc.perform(bearer(post(API), anna).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(bearer(post(API), anna).contentType(MediaType.APPLICATION_JSON).content("null"))
                .andExpect(status().is4xxClientError());
        mvc.perform(bearer(post(API), anna).contentType(MediaType.APPLICATION_JSON).content("{\"endpoint\": [1, 2"))
                .andExpect(status().isBadRequest());
        assertThat(count("SELECT count(*) FROM push_subscription")).isZero();
        assertThat(activeConsents(anna.id())).isZero();
    }

    @Test
    void onlyMembersMaySubscribe() throws Exception {
        mvc.perform(post(API).contentType(MediaType.APPLICATION_JSON).content(subscriptionJson(ENDPOINT)))
                .andExpect(status().isUnauthorized());
        Person staff = fixtures.person(Fixtures.TRANEMO, fixtures.organisation(Fixtures.TRANEMO, "Kommunen", "MUNICIPAL_DEPARTMENT"),
                Role.COORDINATOR);
        mvc.perform(bearer(post(API), staff).contentType(MediaType.APPLICATION_JSON).content(subscriptionJson(ENDPOINT)))
                .andExpect(status().isForbidden());
        assertThat(count("SELECT count(*) FROM push_subscription")).isZero();
    }

    @Test
    void thePageOffersTheButtonAndTheBrowserSubscribesWithTheCsrfToken() throws Exception {
        String page = mvc.perform(get("/samverkan/push").with(fixtures.loggedIn(anna))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Aviseringar i webbläsaren", "Slå på aviseringar i den här webbläsaren", "Aviseringar är avstängda.",
                "data-application-server-key=", "/js/push.js");

        // Without the token the session call is refused.
        mvc.perform(post("/samverkan/push/prenumeration").with(fixtures.loggedIn(anna)).contentType(MediaType.APPLICATION_JSON)
                .content(subscriptionJson(ENDPOINT))).andExpect(status().isForbidden());
        mvc.perform(post("/samverkan/push/prenumeration").with(BrowserLikeCsrf.from(mvc, "/samverkan/push", fixtures.loggedIn(anna)))
                        .contentType(MediaType.APPLICATION_JSON).content(subscriptionJson(ENDPOINT)))
                .andExpect(status().isCreated());
        assertThat(activeConsents(anna.id())).isEqualTo(1);

        String after = mvc.perform(get("/samverkan/push").with(fixtures.loggedIn(anna)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).contains("Aviseringar är påslagna i 1 webbläsare.", "Stäng av");
    }

    @Test
    void turningOffWithoutJavaScriptRemovesEveryBrowserAndWithdrawsConsent() throws Exception {
        mvc.perform(bearer(post(API), anna).contentType(MediaType.APPLICATION_JSON).content(subscriptionJson(ENDPOINT)))
                .andExpect(status().isCreated());
        mvc.perform(bearer(post(API), anna).contentType(MediaType.APPLICATION_JSON).content(subscriptionJson(ENDPOINT + "-2")))
                .andExpect(status().isCreated());

        mvc.perform(post("/samverkan/push/stang-av").with(BrowserLikeCsrf.from(mvc, "/samverkan/push", fixtures.loggedIn(anna)))
                        .param("endpoint", ""))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/samverkan/push"));

        assertThat(count("SELECT count(*) FROM push_subscription")).isZero();
        assertThat(activeConsents(anna.id())).isZero();
    }

    @Test
    void turningOffOneBrowserKeepsTheOthers() throws Exception {
        mvc.perform(bearer(post(API), anna).contentType(MediaType.APPLICATION_JSON).content(subscriptionJson(ENDPOINT)))
                .andExpect(status().isCreated());
        mvc.perform(bearer(post(API), anna).contentType(MediaType.APPLICATION_JSON).content(subscriptionJson(ENDPOINT + "-2")))
                .andExpect(status().isCreated());

        mvc.perform(post("/samverkan/push/stang-av").with(BrowserLikeCsrf.from(mvc, "/samverkan/push", fixtures.loggedIn(anna)))
                        .param("endpoint", ENDPOINT))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT endpoint FROM push_subscription").query(String.class).list()).containsExactly(ENDPOINT + "-2");
        assertThat(activeConsents(anna.id())).isEqualTo(1);
    }

    @Test
    void theServiceWorkerIsServedFromTheRoot() throws Exception {
        String script = mvc.perform(get("/sw.js")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(script).contains("showNotification", "notificationclick");
    }

    private String subscriptionJson(String endpoint) {
        return "{\"endpoint\":\"" + endpoint + "\",\"expirationTime\":null,\"keys\":{\"p256dh\":\"" + browser.p256dh()
                + "\",\"auth\":\"" + browser.auth() + "\"}}";
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, Person person) {
        return request.header("Authorization", "Bearer " + person.token());
    }

    private long activeConsents(long userId) {
        return jdbc.sql("SELECT count(*) FROM community_consent WHERE user_id = ? AND kind = 'PUSH' AND withdrawn_at IS NULL")
                .param(userId).query(Long.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
