package se.trygghetsnav.barometer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.TestHttp;
import se.trygghetsnav.survey.AnswerOption;
import tools.jackson.databind.JsonNode;

class BarometerApiTest extends IntegrationTest {

    private static final String RESPONSES = "/api/v1/instruments/trygghetsbarometern/responses";

    private TestHttp http;

    @BeforeEach
    void client() {
        http = new TestHttp(baseUrl());
    }

    @Test
    void servesTheInstrument() {
        TestHttp.Reply reply = http.get("/api/v1/instruments/trygghetsbarometern");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode instrument = reply.json();
        assertThat(instrument.get("id").asString()).isEqualTo("trygghetsbarometern");
        assertThat(instrument.get("version").asInt()).isEqualTo(1);
        assertThat(instrument.get("sections")).hasSize(11);
        assertThat(instrument.get("sections").get(0).get("questions").get(0).get("id").asString()).isEqualTo("s1.q1");
        assertThat(instrument.get("answerOptions").toString()).contains("\"YES\"", "\"Ja\"", "\"DONT_KNOW\"", "\"Vet ej\"");
    }

    @Test
    void unknownInstrumentIsA404Problem() {
        TestHttp.Reply reply = http.get("/api/v1/instruments/finns-inte");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void submitScoresStoresAndReturnsTheResultWithItsAddress() {
        Map<String, String> answers = BarometerAnswers.allAnswered(AnswerOption.YES)
                .with("s1.q1", AnswerOption.NO)       // s1: 6 of 8 -> 75
                .with("s2.q1", AnswerOption.PARTLY)   // s2: 9 of 10 -> 90
                .with("s3.q1", AnswerOption.DONT_KNOW) // s3: 20 of 22 -> 91, one Vet ej
                .asMap();

        TestHttp.Reply reply = http.postJson(RESPONSES, TestHttp.json(Map.of("answers", answers)));

        assertThat(reply.status()).isEqualTo(201);
        JsonNode result = reply.json();
        String token = result.get("token").asString();
        assertThat(token).hasSize(43);
        assertThat(reply.header("Location")).isEqualTo("/api/v1/results/" + token);
        // 145 of 150 points -> 96.67 -> 97
        assertThat(result.get("totalScore").asInt()).isEqualTo(97);
        assertThat(result.get("level").asString()).isEqualTo("Väl utvecklat");
        assertThat(result.get("sections")).hasSize(11);
        assertThat(result.get("sections").get(0).get("id").asString()).isEqualTo("s1");
        assertThat(result.get("sections").get(0).get("title").asString()).isEqualTo("Övergripande säkerhets- och trygghetsarbete");
        assertThat(result.get("sections").get(0).get("score").asInt()).isEqualTo(75);
        assertThat(result.get("sections").get(1).get("score").asInt()).isEqualTo(90);
        assertThat(result.get("sections").get(2).get("score").asInt()).isEqualTo(91);
        assertThat(result.get("sections").get(2).get("dontKnow").asInt()).isEqualTo(1);
        assertThat(result.get("developmentList")).hasSize(3);
        assertThat(result.get("developmentList").get(0).get("questionId").asString()).isEqualTo("s1.q1");
        assertThat(result.get("developmentList").get(0).get("recommendation").asString()).isNotBlank();

        TestHttp.Reply again = http.get("/api/v1/results/" + token);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("totalScore").asInt()).isEqualTo(97);
        assertThat(again.json().get("sections")).isEqualTo(result.get("sections"));

        assertThat(jdbc.sql("SELECT count(*) FROM barometer_answer").query(Long.class).single()).isEqualTo(75);
        assertThat(jdbc.sql("SELECT count(*) FROM barometer_section_score").query(Long.class).single()).isEqualTo(11);
    }

    @Test
    void allNoScoresZeroAndBasicLevel() {
        TestHttp.Reply reply = http.postJson(RESPONSES,
                TestHttp.json(Map.of("answers", BarometerAnswers.allAnswered(AnswerOption.NO).asMap())));
        assertThat(reply.json().get("totalScore").asInt()).isZero();
        assertThat(reply.json().get("level").asString()).isEqualTo("Grundläggande");
        assertThat(reply.json().get("developmentList")).hasSize(75);
    }

    @Test
    void unknownResultTokenIsA404Problem() {
        for (String token : new String[] {"okand", "A".repeat(43)}) {
            TestHttp.Reply reply = http.get("/api/v1/results/" + token);
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.json().get("status").asInt()).isEqualTo(404);
            assertThat(reply.json().get("detail").asString()).isNotBlank();
        }
    }

    @Test
    void unknownQuestionsCodesAndMissingAnswersAre422ListingEachId() {
        Map<String, String> answers = BarometerAnswers.allAnswered(AnswerOption.YES)
                .with("s1.q1", AnswerOption.YES)
                .without("s11.q8")
                .asMap();
        answers.put("s1.q1", "KANSKE");
        answers.put("s99.q1", "YES");

        TestHttp.Reply reply = http.postJson(RESPONSES, TestHttp.json(Map.of("answers", answers)));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = reply.json().get("errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.toString()).contains("\"s1.q1\"", "\"s99.q1\"", "\"s11.q8\"");
        assertThat(jdbc.sql("SELECT count(*) FROM barometer_response").query(Long.class).single()).isZero();
    }

    @Test
    void emptyOrAbsentAnswersAre422() {
        TestHttp.Reply empty = http.postJson(RESPONSES, "{\"answers\": {}}");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("errors")).hasSize(75);

        TestHttp.Reply absent = http.postJson(RESPONSES, "{}");
        assertThat(absent.status()).isEqualTo(422);
        assertThat(absent.json().get("errors").get(0).get("field").asString()).isEqualTo("answers");
    }

    @Test
    void nonStringAnswersAre422NotAServerError() {
        Map<String, Object> answers = new java.util.HashMap<>(BarometerAnswers.allAnswered(AnswerOption.YES).asMap());
        answers.put("s2.q2", 7);
        answers.put("s2.q3", Map.of("x", 1));
        TestHttp.Reply reply = http.postJson(RESPONSES, TestHttp.json(Map.of("answers", answers)));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").toString()).contains("s2.q2", "s2.q3");
    }

    @Test
    void malformedJsonIs400() {
        for (String body : new String[] {"{\"answers\":", "[1,2]", "{\"answers\": 5}", "inte json"}) {
            TestHttp.Reply reply = http.postJson(RESPONSES, body);
            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.json().get("title").asString()).isNotBlank();
        }
    }

    @Test
    void bodiesOver64KilobytesAre413WithOrWithoutALength() {
        String padding = "x".repeat(70 * 1024);
        String body = "{\"answers\": {}, \"padding\": \"" + padding + "\"}";

        TestHttp.Reply declared = http.postJson(RESPONSES, body);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.header("Content-Type")).startsWith("application/problem+json");

        TestHttp.Reply streamed = http.postJsonChunked(RESPONSES, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(streamed.status()).isEqualTo(413);
        assertThat(streamed.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void wrongMethodAndUnknownAddressAreProblemsToo() {
        assertThat(http.get(RESPONSES).status()).isEqualTo(405);
        TestHttp.Reply unknown = http.get("/api/v1/instruments/trygghetsbarometern/finns-inte");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        TestHttp.Reply anonymous = http.get("/api/v1/finns-inte");
        assertThat(anonymous.status()).as("the rest of the API needs a token").isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void averagesAppearOnceTenResponsesExist() {
        for (int i = 0; i < 8; i++) {
            http.postJson(RESPONSES, TestHttp.json(Map.of("answers", BarometerAnswers.allAnswered(AnswerOption.NO).asMap())));
        }
        JsonNode ninth = http.postJson(RESPONSES,
                TestHttp.json(Map.of("answers", BarometerAnswers.allAnswered(AnswerOption.NO).asMap()))).json();
        assertThat(ninth.get("comparison").get("respondents").asInt()).isEqualTo(9);
        assertThat(ninth.get("comparison").get("available").asBoolean()).isFalse();
        assertThat(ninth.get("sections").get(0).has("average")).isFalse();

        JsonNode tenth = http.postJson(RESPONSES,
                TestHttp.json(Map.of("answers", BarometerAnswers.allAnswered(AnswerOption.YES).asMap()))).json();
        assertThat(tenth.get("comparison").get("respondents").asInt()).isEqualTo(10);
        assertThat(tenth.get("comparison").get("available").asBoolean()).isTrue();
        // nine responses at 0 and one at 100: mean 10 in every section
        assertThat(tenth.get("sections").get(0).get("average").asInt()).isEqualTo(10);

        // an earlier respondent coming back now sees the comparison too
        JsonNode again = http.get("/api/v1/results/" + ninth.get("token").asString()).json();
        assertThat(again.get("comparison").get("available").asBoolean()).isTrue();
        assertThat(again.get("sections").get(10).get("average").asInt()).isEqualTo(10);
    }

    @Test
    void concurrentSubmissionsAreAllCountedInTheRunningTotals() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        java.util.List<java.util.concurrent.Future<Integer>> replies = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            replies.add(pool.submit(() -> http.postJson(RESPONSES,
                    TestHttp.json(Map.of("answers", BarometerAnswers.allAnswered(AnswerOption.PARTLY).asMap()))).status()));
        }
        for (java.util.concurrent.Future<Integer> reply : replies) {
            assertThat(reply.get()).isEqualTo(201);
        }
        pool.shutdown();
        assertThat(jdbc.sql("SELECT count(*) FROM barometer_response").query(Long.class).single()).isEqualTo(30);
        assertThat(jdbc.sql("SELECT min(responses) = 30 AND max(responses) = 30 AND sum(score_sum) = 30 * 50 * 11 FROM barometer_section_total")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void openApiDescribesTheBarometer() {
        TestHttp.Reply reply = http.get("/v3/api-docs");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("/api/v1/instruments/trygghetsbarometern/responses", "/api/v1/results/{token}");
        TestHttp.Reply browsable = http.getHtml("/api");
        assertThat(browsable.status()).as("the browsable description needs no login").isIn(200, 302);
        assertThat(browsable.status() == 302 ? browsable.header("Location") : browsable.body()).contains("swagger-ui");
    }
}
