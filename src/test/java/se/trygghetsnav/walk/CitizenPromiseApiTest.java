package se.trygghetsnav.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.TestHttp;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.platform.Role;
import tools.jackson.databind.JsonNode;

/** The citizen promise API with personal access tokens: JSON, 201 with Location, 422 problem details, tenancy. */
class CitizenPromiseApiTest extends IntegrationTest {

    private static final String API = "/api/v1/citizen-promises";

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private long police;
    private long borasOrganisation;
    private Fixtures.Person coordinator;
    private Fixtures.Person manager;
    private Fixtures.Person reporter;
    private Fixtures.Person boras;

    @BeforeEach
    void setUp() {
        Fixtures fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        long tsk = fixtures.organisation(Fixtures.TRANEMO, "Trygg och säker kommun", "MUNICIPAL_DEPARTMENT");
        police = fixtures.organisation(Fixtures.TRANEMO, "Polisen, lokalpolisområde Borås", "POLICE");
        borasOrganisation = fixtures.organisation(Fixtures.BORAS, "Borås Stad", "MUNICIPAL_DEPARTMENT");
        coordinator = fixtures.person(Fixtures.TRANEMO, tsk, Role.COORDINATOR);
        manager = fixtures.person(Fixtures.TRANEMO, tsk, Role.MANAGER);
        reporter = fixtures.person(Fixtures.TRANEMO, tsk, Role.REPORTER);
        boras = fixtures.person(Fixtures.BORAS, borasOrganisation, Role.COORDINATOR);
    }

    @Test
    void creatingAnswers201WithTheAddressAndThePromise() throws Exception {
        Map<String, Object> body = promise();
        MockHttpServletResponse created = send(post(API).contentType(MediaType.APPLICATION_JSON).content(TestHttp.json(body)), coordinator);

        assertThat(created.getStatus()).isEqualTo(201);
        JsonNode promise = json(created);
        long id = promise.get("id").asLong();
        assertThat(created.getHeader("Location")).isEqualTo(API + "/" + id);
        assertThat(promise.get("title").asString()).isEqualTo("Trygg trafikmiljö vid skolorna");
        assertThat(promise.get("municipalityCode").asString()).isEqualTo(Fixtures.TRANEMO);
        assertThat(promise.get("periodFrom").asString()).isEqualTo("2026-01-01");
        assertThat(promise.get("focusProblems").get(0).asString()).isEqualTo("Trafiksäkerhet");
        assertThat(promise.get("parties").get(0).get("name").asString()).isEqualTo("Polisen, lokalpolisområde Borås");
        assertThat(promise.get("published").asBoolean()).isTrue();

        JsonNode read = json(send(get(API + "/" + id), manager));
        assertThat(read.get("title").asString()).isEqualTo("Trygg trafikmiljö vid skolorna");
        JsonNode list = json(send(get(API), manager));
        assertThat(list.size()).isEqualTo(1);

        // another municipality: not found, and an empty list
        assertThat(send(get(API + "/" + id), boras).getStatus()).isEqualTo(404);
        assertThat(json(send(get(API), boras)).size()).isZero();
    }

    @Test
    void badInputGives422WithEveryFieldNamed() throws Exception {
        Map<String, Object> body = promise();
        body.put("title", "");
        body.put("periodFrom", "2026-02-30");
        body.put("periodTo", "sen");
        body.put("partyIds", List.of(borasOrganisation));
        MockHttpServletResponse reply = send(post(API).contentType(MediaType.APPLICATION_JSON).content(TestHttp.json(body)), coordinator);

        assertThat(reply.getStatus()).isEqualTo(422);
        assertThat(reply.getContentType()).startsWith("application/problem+json");
        JsonNode problem = json(reply);
        List<String> fields = problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).containsExactlyInAnyOrder("title", "periodFrom", "periodTo", "partyIds");
        assertThat(problem.get("errors").get(0).get("message").asString()).isNotBlank();
        assertThat(jdbc.sql("SELECT count(*) FROM citizen_promise").query(Long.class).single()).isZero();

        assertThat(send(post(API).contentType(MediaType.APPLICATION_JSON).content("{\"title\": [1, 2"), coordinator).getStatus())
                .isEqualTo(400);
        assertThat(send(post(API).contentType(MediaType.APPLICATION_JSON).content("{}"), coordinator).getStatus()).isEqualTo(422);
    }

    @Test
    void onlyCoordinatorsCreateAndReportersDoNotRead() throws Exception {
        String json = TestHttp.json(promise());
        assertThat(send(post(API).contentType(MediaType.APPLICATION_JSON).content(json), manager).getStatus()).isEqualTo(403);
        assertThat(send(get(API), reporter).getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get(API)).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    private Map<String, Object> promise() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Trygg trafikmiljö vid skolorna");
        body.put("text", "Polisen och kommunen lovar hastighetskontroller och bättre belysning vid skolorna.");
        body.put("periodFrom", "2026-01-01");
        body.put("periodTo", "2027-12-31");
        body.put("focusProblems", "Trafiksäkerhet\nBelysning");
        body.put("partyIds", List.of(police));
        body.put("published", true);
        return body;
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Fixtures.Person person) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + person.token()).accept(MediaType.APPLICATION_JSON))
                .andReturn().getResponse();
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return TestHttp.JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
