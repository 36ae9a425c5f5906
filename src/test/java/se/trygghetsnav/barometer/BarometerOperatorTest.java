package se.trygghetsnav.barometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.trygghetsnav.BrowserLikeCsrf;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.TestHttp;
import se.trygghetsnav.survey.AnswerOption;

class BarometerOperatorTest extends IntegrationTest {

    private static final RequestPostProcessor OPERATOR = user(OPERATOR_EMAIL).roles("OPERATOR");

    @Test
    void theOperatorViewNeedsALoginAsOperator() throws Exception {
        mvc.perform(get("/operator/barometern")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/logga-in")));
        mvc.perform(get("/operator/barometern").with(user("someone@kommun.se").roles("COORDINATOR")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theConfiguredOperatorLogsInWithTheConfiguredPassword() throws Exception {
        mvc.perform(post("/logga-in").with(BrowserLikeCsrf.from(mvc, "/logga-in"))
                        .param("username", OPERATOR_EMAIL).param("password", OPERATOR_PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/hem")));
        mvc.perform(post("/logga-in").with(BrowserLikeCsrf.from(mvc, "/logga-in"))
                        .param("username", OPERATOR_EMAIL).param("password", "fel"))
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/logga-in?error")));
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE email = :e").param("e", OPERATOR_EMAIL).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(OPERATOR_PASSWORD);
    }

    @Test
    void statisticsHideCountsBelowFive() throws Exception {
        TestHttp http = new TestHttp(baseUrl());
        for (int i = 0; i < 6; i++) {
            BarometerAnswers answers = BarometerAnswers.allAnswered(AnswerOption.YES);
            if (i < 2) {
                answers.with("s1.q1", AnswerOption.NO);
            }
            http.postJson("/api/v1/instruments/trygghetsbarometern/responses", TestHttp.json(Map.of("answers", answers.asMap())));
        }
        String page = mvc.perform(get("/operator/barometern").with(OPERATOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Antal besvarade barometrar: 6", "&lt;5");
        assertThat(page).doesNotContain(">2 (").doesNotContain(">4 (");

        String csv = mvc.perform(get("/operator/barometern/statistik.csv").with(OPERATOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFområde;fråga_id;fråga;ja;ja_procent");
        // s1.q1: 4 Ja (suppressed), 2 Nej (suppressed); s1.q2: 6 Ja = 100 %
        assertThat(csv).contains(";s1.q1;").contains("s1.q1;Har kommunen en antagen definition");
        assertThat(csv.lines().filter(line -> line.contains(";s1.q1;")).findFirst().orElseThrow())
                .contains(";<5;–;<5;–;<5;–;<5;–;6");
        assertThat(csv.lines().filter(line -> line.contains(";s1.q2;")).findFirst().orElseThrow())
                .contains(";6;100 %;<5;–;");
    }

    @Test
    void contactRequestsAreListedLinkedResultsOpenedAndDeleted() throws Exception {
        UUID response = insertResponse();
        UUID linked = UUID.randomUUID();
        UUID unlinked = UUID.randomUUID();
        jdbc.sql("INSERT INTO barometer_contact_request (id, name, email, requested_on, response_id) VALUES (:id, 'Dag Ödman', 'dag@kommun.se', DATE '2026-11-20', :r)")
                .param("id", linked).param("r", response).update();
        jdbc.sql("INSERT INTO barometer_contact_request (id, organisation, requested_on) VALUES (:id, 'Ale kommun', DATE '2026-11-21')")
                .param("id", unlinked).update();

        String page = mvc.perform(get("/operator/barometern").with(OPERATOR)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Dag Ödman", "dag@kommun.se", "Ale kommun", "2026-11-20", "Visa kopplat resultat", "Inte kopplat");

        String result = mvc.perform(get("/operator/barometern/kontakter/" + linked + "/resultat").with(OPERATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result).contains("Utvecklingslista");
        mvc.perform(get("/operator/barometern/kontakter/" + unlinked + "/resultat").with(OPERATOR)).andExpect(status().isNotFound());

        String csv = mvc.perform(get("/operator/barometern/kontakter.csv").with(OPERATOR))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFdatum;namn;titel;organisation;e-post;kopplat_resultat")
                .contains("2026-11-20;Dag Ödman;;;dag@kommun.se;ja", "2026-11-21;;;Ale kommun;;nej");

        mvc.perform(post("/operator/barometern/kontakter/" + linked + "/ta-bort").with(OPERATOR)
                        .with(BrowserLikeCsrf.from(mvc, "/logga-in")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM barometer_contact_request").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM barometer_response").query(Long.class).single())
                .as("deleting a contact request keeps the anonymous response").isEqualTo(1);
    }

    private UUID insertResponse() {
        String token = TestHttp.JSON.readTree(new TestHttp(baseUrl()).postJson("/api/v1/instruments/trygghetsbarometern/responses",
                TestHttp.json(Map.of("answers", BarometerAnswers.allAnswered(AnswerOption.PARTLY).asMap()))).body()).get("token").asString();
        return jdbc.sql("SELECT id FROM barometer_response WHERE result_token_hash = :h")
                .param("h", se.trygghetsnav.platform.Tokens.hash(token)).query(UUID.class).single();
    }
}
