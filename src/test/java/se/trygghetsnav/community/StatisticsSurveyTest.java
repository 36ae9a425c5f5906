package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import tools.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
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

/** The statistics page and API for the municipality, and the member survey (page and API). */
class StatisticsSurveyTest extends IntegrationTest {

    @Autowired AccessTokens tokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private Fixtures fixtures;
    private CommunityFixtures community;
    private Person coordinator;

    @BeforeEach
    void data() {
        fixtures = new Fixtures(jdbc, tokens, encoder, users);
        community = new CommunityFixtures(jdbc, tokens, encoder);
        coordinator = fixtures.person(Fixtures.TRANEMO, fixtures.organisation(Fixtures.TRANEMO, "Tranemo kommun", "MUNICIPAL_DEPARTMENT"),
                Role.COORDINATOR);
    }

    private void seedTranemo() {
        Person first = community.member(Fixtures.TRANEMO, "Första");
        long big = community.group(Fixtures.TRANEMO, "Grannsamverkan Centrum", false, first.id());
        long small = community.group(Fixtures.TRANEMO, "Butikerna", true, first.id());
        for (int i = 0; i < 6; i++) {
            Person member = community.member(Fixtures.TRANEMO, "Medlem " + i);
            community.addToGroup(big, member.id());
            // five members answer the survey
            if (i < 5) {
                jdbc.sql("""
                                INSERT INTO community_survey_answer (municipality_code, user_id, felt_safety, recommend, information_effect, answered_on)
                                VALUES ('1452', :u, :s, :r, :e, current_date)
                                """).param("u", member.id()).param("s", i < 4 ? 4 : 5).param("r", i < 3 ? 10 : 6)
                        .param("e", i < 4 ? "SAFER" : "UNCHANGED").update();
            }
        }
        for (Priority priority : new Priority[] {Priority.RED, Priority.YELLOW, Priority.YELLOW, Priority.GREEN}) {
            long id = community.post(Fixtures.TRANEMO, first.id(), Visibility.PUBLIC, null, priority, "Händelse", 57.48, 13.35);
            jdbc.sql("""
                            UPDATE community_post SET created_at = (date_trunc('day', now() AT TIME ZONE 'Europe/Stockholm') - interval '1 day'
                                + interval '21 hours 30 minutes') AT TIME ZONE 'Europe/Stockholm' WHERE id = :id
                            """)
                    .param("id", id).update();
        }
        long removed = community.post(Fixtures.TRANEMO, first.id(), Visibility.PUBLIC, null, Priority.RED, "Borttagen", 57.48, 13.35);
        jdbc.sql("UPDATE community_post SET removed_at = now() WHERE id = :id").param("id", removed).update();
        community.post(Fixtures.TRANEMO, first.id(), Visibility.GROUP, small, Priority.GREEN, "I gruppen", 57.48, 13.35);
    }

    @Test
    void theApiCountsMembersPostsAndSurveyWithSmallCountsSuppressed() {
        seedTranemo();
        TestHttp.Reply reply = new TestHttpAuth(baseUrl(), coordinator.token()).get("/api/v1/community/statistics");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode stats = reply.json();
        assertThat(stats.get("members").asText()).isEqualTo("7");
        JsonNode groups = stats.get("membersPerGroup").get("bars");
        assertThat(groups.get(0).get("labelArg").asText()).isEqualTo("Grannsamverkan Centrum");
        assertThat(groups.get(0).get("shown").asText()).isEqualTo("7");
        assertThat(groups.get(1).get("labelArg").asText()).isEqualTo("Butikerna");
        assertThat(groups.get(1).get("shown").asText()).isEqualTo("<5");
        assertThat(stats.get("postsPerWeek").get("bars")).hasSize(12);
        long weekTotal = 0;
        for (JsonNode bar : stats.get("postsPerWeek").get("bars")) {
            weekTotal += bar.get("count").asLong();
        }
        assertThat(weekTotal).isEqualTo(5);
        assertThat(stats.get("postsPerHour").get("bars").get(21).get("count").asLong()).isGreaterThanOrEqualTo(4);
        JsonNode priorities = stats.get("postsPerPriority").get("bars");
        assertThat(priorities.get(0).get("count").asLong()).isEqualTo(2);
        assertThat(priorities.get(1).get("share").asText()).isEqualTo("40 %");
        assertThat(priorities.get(2).get("count").asLong()).isEqualTo(1);
        JsonNode survey = stats.get("survey");
        assertThat(survey.get("total").asInt()).isEqualTo(5);
        assertThat(survey.get("feltSafetyMean").asDouble()).isEqualTo(4.2);
        assertThat(survey.get("netPromoterScore").asInt()).isEqualTo(20);

        // other roles and municipalities
        Person reporter = fixtures.person(Fixtures.TRANEMO, fixtures.organisation(Fixtures.TRANEMO, "Skolan", "SCHOOL"), Role.REPORTER);
        assertThat(new TestHttpAuth(baseUrl(), reporter.token()).get("/api/v1/community/statistics").status()).isEqualTo(403);
        Person boras = fixtures.person(Fixtures.BORAS, fixtures.organisation(Fixtures.BORAS, "Borås Stad", "MUNICIPAL_DEPARTMENT"), Role.ANALYST);
        JsonNode borasStats = new TestHttpAuth(baseUrl(), boras.token()).get("/api/v1/community/statistics").json();
        assertThat(borasStats.get("members").asText()).isEqualTo("0");
        assertThat(borasStats.get("membersPerGroup").get("bars")).isEmpty();
        assertThat(borasStats.get("survey").get("total").asInt()).isZero();
        assertThat(new TestHttpAuth(baseUrl(), null).get("/api/v1/community/statistics").status()).isEqualTo(401);
    }

    @Test
    void thePageShowsChartsWithTablesAndTheSurveyLikeTheSeed() throws Exception {
        seedTranemo();
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/lagesbild/samverkan").with(fixtures.loggedIn(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("Samverkan i Tranemo", "Grannsamverkan Centrum", "<5", "Inlägg per vecka", "kl. 21",
                "Röd, brådskande", "40 %", "Medelvärde 4,2 av 5", "Rekommendationsindex", "Jag känner mig tryggare av informationen",
                "<svg");
        Person member = community.member(Fixtures.TRANEMO, "Vanlig medlem");
        mvc.perform(get("/lagesbild/samverkan").with(fixtures.loggedIn(member))).andExpect(status().isForbidden());
    }

    @Test
    void aMemberAnswersTheSurveyOnceADay() throws Exception {
        Person member = community.member(Fixtures.TRANEMO, "Svarande");
        RequestPostProcessor asMember = fixtures.loggedIn(member);
        String form = HtmlUtils.htmlUnescape(mvc.perform(get("/samverkan/enkat").with(asMember)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(form).contains("På en skala 1 till 5 hur trygg känner du dig i ditt område?",
                "Hur sannolikt är det att du rekommenderar tjänsten till en vän eller kollega?");

        String invalid = HtmlUtils.htmlUnescape(mvc.perform(post("/samverkan/enkat").with(BrowserLikeCsrf.from(mvc, "/samverkan/enkat", asMember))
                        .param("feltSafety", "7").param("effect", "MAYBE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(invalid).contains("Välj hur trygg du känner dig", "Välj hur sannolikt", "Välj ett av svaren om informationen");

        mvc.perform(post("/samverkan/enkat").with(BrowserLikeCsrf.from(mvc, "/samverkan/enkat", asMember))
                        .param("feltSafety", "4").param("recommend", "9").param("effect", "SAFER"))
                .andExpect(status().is3xxRedirection());
        String after = HtmlUtils.htmlUnescape(mvc.perform(get("/samverkan/enkat").with(asMember)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(after).contains("Du har svarat i dag").doesNotContain("Skicka svaren");
        assertThat(jdbc.sql("SELECT municipality_code || felt_safety || recommend || information_effect FROM community_survey_answer")
                .query(String.class).single()).isEqualTo("145249SAFER");
    }

    @Test
    void theSurveyApiAnswers201Then409AndRefusesBadAnswers() {
        Person member = community.member(Fixtures.BORAS, "Api-svarare");
        TestHttpAuth api = new TestHttpAuth(baseUrl(), member.token());
        assertThat(api.postJson("/api/v1/community/survey", TestHttp.json(Map.of("feltSafety", 0, "recommend", 11))).status()).isEqualTo(422);
        assertThat(api.postJson("/api/v1/community/survey", TestHttp.json(Map.of("feltSafety", 3, "recommend", 5, "effect", "X"))).status())
                .isEqualTo(422);
        assertThat(api.postJson("/api/v1/community/survey", "[1,2]").status()).isEqualTo(400);
        assertThat(api.postJson("/api/v1/community/survey", TestHttp.json(Map.of("feltSafety", 3, "recommend", 5))).status()).isEqualTo(201);
        TestHttp.Reply again = api.postJson("/api/v1/community/survey", TestHttp.json(Map.of("feltSafety", 3, "recommend", 5)));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(jdbc.sql("SELECT municipality_code FROM community_survey_answer").query(String.class).single()).isEqualTo(Fixtures.BORAS);
    }
}
