package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import se.trygghetsnav.BrowserLikeCsrf;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.Fixtures.Person;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.TestHttp;
import se.trygghetsnav.TestHttpAuth;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.platform.Role;

/** The operator verifies organisations; members find them and message them; staff read their inbox. */
class VerifiedOrganisationTest extends IntegrationTest {

    @Autowired AccessTokens tokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private Fixtures fixtures;
    private CommunityFixtures community;
    private Person operator;
    private long police;
    private long walkers;
    private long borasPolice;
    private Person officer;
    private Person member;

    @BeforeEach
    void data() {
        fixtures = new Fixtures(jdbc, tokens, encoder, users);
        community = new CommunityFixtures(jdbc, tokens, encoder);
        long operatorId = jdbc.sql("SELECT id FROM app_user WHERE email = :e").param("e", OPERATOR_EMAIL).query(Long.class).single();
        operator = new Person(operatorId, OPERATOR_EMAIL, tokens.create(operatorId, "test"));
        police = fixtures.organisation(Fixtures.TRANEMO, "Polisen Tranemo", "POLICE");
        walkers = fixtures.organisation(Fixtures.TRANEMO, "Nattvandrarna Tranemo", "NIGHT_WALKERS");
        borasPolice = fixtures.organisation(Fixtures.BORAS, "Polisen Borås", "POLICE");
        officer = fixtures.person(Fixtures.TRANEMO, police, Role.REPORTER);
        community.join(officer.id(), Fixtures.TRANEMO, MemberKind.STAFF);
        member = community.member(Fixtures.TRANEMO, "Maja Medlem");
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private void verify(long organisation, String description) {
        jdbc.sql("UPDATE organisation SET verified_at = now(), public_description = :d WHERE id = :id")
                .param("d", description).param("id", organisation).update();
    }

    @Test
    void theOperatorVerifiesAnOrganisationWithAPublicDescription() throws Exception {
        RequestPostProcessor asOperator = fixtures.loggedIn(operator);
        assertThat(page("/operator/organisationer", asOperator)).contains("Polisen Tranemo", "Nattvandrare", "Borås");
        mvc.perform(post("/operator/organisationer/" + police).with(BrowserLikeCsrf.from(mvc, "/operator/organisationer", asOperator))
                        .param("verified", "true").param("description", "Kommunpolisen i Tranemo svarar vardagar."))
                .andExpect(status().is3xxRedirection());
        record Verified(boolean verified, Long verifiedBy, String publicDescription) {}
        assertThat(jdbc.sql("SELECT verified_at IS NOT NULL AS verified, verified_by, public_description FROM organisation WHERE id = :id")
                .param("id", police).query(Verified.class).single())
                .isEqualTo(new Verified(true, operator.id(), "Kommunpolisen i Tranemo svarar vardagar."));
        assertThat(page("/operator/organisationer", asOperator)).contains("Verifierad 20");

        String tooLong = HtmlUtils.htmlUnescape(mvc.perform(post("/operator/organisationer/" + walkers)
                        .with(BrowserLikeCsrf.from(mvc, "/operator/organisationer", asOperator))
                        .param("verified", "true").param("description", "x".repeat(2001)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(tooLong).contains("högst 2000 tecken");
        mvc.perform(post("/operator/organisationer/" + police).with(BrowserLikeCsrf.from(mvc, "/operator/organisationer", asOperator)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT verified_at IS NULL FROM organisation WHERE id = :id").param("id", police).query(Boolean.class).single())
                .isTrue();

        mvc.perform(get("/operator/organisationer").with(fixtures.loggedIn(member))).andExpect(status().isForbidden());
    }

    @Test
    void membersFindVerifiedOrganisationsOfTheirMunicipalityAndTheirPublicPosts() throws Exception {
        verify(police, "Kommunpolisen i Tranemo");
        verify(borasPolice, "Polisen i Borås");
        long badgePost = community.post(Fixtures.TRANEMO, officer.id(), Visibility.PUBLIC, null, Priority.YELLOW,
                "Fickstölder på torget i dag, håll koll på väskan", 57.48, 13.35);
        jdbc.sql("UPDATE community_post SET badge_organisation_id = :o, badge_role = 'Kommunpolis' WHERE id = :id")
                .param("o", police).param("id", badgePost).update();
        RequestPostProcessor asMember = fixtures.loggedIn(member);
        assertThat(page("/samverkan/organisationer", asMember)).contains("Polisen Tranemo").doesNotContain("Nattvandrarna", "Polisen Borås");
        String organisation = page("/samverkan/organisationer/" + police, asMember);
        assertThat(organisation).contains("Kommunpolisen i Tranemo", "Skicka meddelande", "/samverkan/inlagg/ny?organisation=" + police,
                "Fickstölder på torget");
        mvc.perform(get("/samverkan/organisationer/" + walkers).with(asMember)).andExpect(status().isNotFound());
        mvc.perform(get("/samverkan/organisationer/" + borasPolice).with(asMember)).andExpect(status().isNotFound());

        TestHttpAuth api = new TestHttpAuth(baseUrl(), member.token());
        assertThat(api.get("/api/v1/community/organisations").json()).hasSize(1);
        TestHttp.Reply one = api.get("/api/v1/community/organisations/" + police);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("recentPosts").get(0).get("id").asLong()).isEqualTo(badgePost);
        assertThat(api.get("/api/v1/community/organisations/" + borasPolice).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/community/organisations/" + walkers).status()).isEqualTo(404);
    }

    @Test
    void staffReadTheMessagesToTheirOrganisationOnly() throws Exception {
        verify(police, "");
        verify(walkers, "");
        long toPolice = organisationPost(police, "Jag såg någon bryta upp en bil på Storgatan");
        organisationPost(walkers, "Tack för i fredags");
        jdbc.sql("INSERT INTO community_comment (post_id, author_id, author_name, body) VALUES (:p, :a, 'Test', 'Vi kollar')")
                .param("p", toPolice).param("a", officer.id()).update();

        String inbox = page("/samverkan/organisation/inkorg", fixtures.loggedIn(officer));
        assertThat(inbox).contains("bryta upp en bil", "Till Polisen Tranemo", "Kommentarer: 1", "/samverkan/inlagg/" + toPolice)
                .doesNotContain("Tack för i fredags");
        assertThat(page("/samverkan/organisation/inkorg", fixtures.loggedIn(member))).contains("Du är inte personal")
                .doesNotContain("bryta upp en bil");
        TestHttp.Reply api = new TestHttpAuth(baseUrl(), officer.token()).get("/api/v1/community/organisations/inbox");
        assertThat(api.json()).hasSize(1);
        assertThat(new TestHttpAuth(baseUrl(), member.token()).get("/api/v1/community/organisations/inbox").json()).isEmpty();
    }

    @Test
    void theOperatorApiVerifiesAndRefusesOthers() {
        TestHttpAuth api = new TestHttpAuth(baseUrl(), operator.token());
        Map<String, Object> body = new HashMap<>();
        body.put("verified", true);
        body.put("description", "Nattvandrare varje fredag");
        TestHttp.Reply verified = put(operator, "/api/v1/operator/organisations/" + walkers + "/verification", TestHttp.json(body));
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().get("publicDescription").asText()).isEqualTo("Nattvandrare varje fredag");
        assertThat(verified.json().get("verifiedAt").isNull()).isFalse();
        assertThat(api.get("/api/v1/operator/organisations").json()).hasSize(3);
        body.put("description", "x".repeat(2001));
        assertThat(put(operator, "/api/v1/operator/organisations/" + walkers + "/verification", TestHttp.json(body)).status()).isEqualTo(422);
        assertThat(put(operator, "/api/v1/operator/organisations/999999/verification", "{}").status()).isEqualTo(404);
        assertThat(put(member, "/api/v1/operator/organisations/" + walkers + "/verification", "{}").status()).isEqualTo(403);
    }

    private long organisationPost(long organisation, String body) {
        return jdbc.sql("""
                        INSERT INTO community_post (municipality_code, author_id, author_name, visibility, organisation_id, priority, body,
                                                    latitude, longitude, exact_position)
                        VALUES ('1452', :a, 'Maja Medlem', 'ORGANISATION', :o, 'GREEN', :b, 57.48, 13.35, false) RETURNING id
                        """).param("a", member.id()).param("o", organisation).param("b", body).query(Long.class).single();
    }

    private TestHttp.Reply put(Person who, String path, String json) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + path))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("Authorization", "Bearer " + who.token())
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build();
            return new TestHttp.Reply(java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
