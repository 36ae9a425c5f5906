package se.trygghetsnav.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.TestHttp;
import se.trygghetsnav.TestHttpAuth;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.platform.Role;
import tools.jackson.databind.JsonNode;

/** A round for the 26 municipalities of Stockholms län whose answers reproduce Tabell 1 and 2 of seed 003. */
class MappingApiTest extends IntegrationTest {

    /** Tabell 1 and 2 of seed 003: Ja, Nej, Vet ej counts and frequencies in percent. */
    static final Map<String, int[]> SEED_TABLE = new LinkedHashMap<>();

    static {
        SEED_TABLE.put("q1", new int[] {21, 5, 0, 81, 19, 0});
        SEED_TABLE.put("q2", new int[] {21, 4, 1, 81, 15, 4});
        SEED_TABLE.put("q3", new int[] {16, 10, 0, 62, 38, 0});
        SEED_TABLE.put("q4", new int[] {9, 17, 0, 35, 65, 0});
        SEED_TABLE.put("q16", new int[] {26, 0, 0, 100, 0, 0});
        SEED_TABLE.put("q17", new int[] {24, 2, 0, 92, 8, 0});
    }

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private Fixtures fixtures;
    private Fixtures.Person organiser;
    private TestHttpAuth api;
    private TestHttp anonymous;
    private List<String> stockholm;

    @BeforeEach
    void organiser() throws Exception {
        fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        long region = fixtures.organisation("0180", "Storsthlm", "OTHER");
        organiser = fixtures.person("0180", region, Role.COORDINATOR);
        api = new TestHttpAuth(baseUrl(), organiser.token());
        anonymous = new TestHttp(baseUrl());
        stockholm = jdbc.sql("SELECT code FROM municipality WHERE county_code = '01' ORDER BY code").query(String.class).list();
        MAIL.purgeEmailFromAllMailboxes();
    }

    @Test
    void theRoundOfStockholmsLanReproducesTabell1And2ThroughTheApiAndThePage() throws Exception {
        assertThat(stockholm).hasSize(26);
        Map<String, String> emails = new LinkedHashMap<>();
        stockholm.forEach(code -> emails.put(code, "trygghet-" + code + "@kommun.test"));
        JsonNode created = createRound(stockholm, emails);
        long roundId = created.get("round").get("id").asLong();
        List<String> tokens = new ArrayList<>();
        created.get("invitations").forEach(invitation -> tokens.add(invitation.get("token").asText()));
        assertThat(tokens).hasSize(26).doesNotHaveDuplicates();

        // every municipality is e-mailed its own link
        MimeMessage[] mails = MAIL.getReceivedMessages();
        assertThat(mails).hasSize(26);
        Map<String, String> linkByAddress = new HashMap<>();
        created.get("invitations").forEach(invitation -> linkByAddress.put(invitation.get("email").asText(),
                "/kartlaggning/svar/" + invitation.get("token").asText()));
        for (MimeMessage mail : mails) {
            assertThat(mail.getSubject()).isEqualTo("Inbjudan till kartläggning: Kartläggning Stockholms län");
            String to = mail.getAllRecipients()[0].toString();
            assertThat(mailBody(mail)).contains(linkByAddress.get(to), "2099-12-31");
        }

        for (int i = 0; i < 26; i++) {
            Map<String, Object> answers = new HashMap<>();
            answers.put("q1", i < 21 ? "YES" : "NO");
            answers.put("q1.followup", i < 21 ? "Direktiv nr " + i : "");
            answers.put("q2", i < 21 ? "YES" : i < 25 ? "NO" : "DONT_KNOW");
            answers.put("q3", i < 16 ? "YES" : "NO");
            answers.put("q4", i < 9 ? "YES" : "NO");
            answers.put("q5", "I kommunledningen " + i);
            answers.put("q16", "YES");
            answers.put("q17", i < 24 ? "YES" : "NO");
            TestHttp.Reply reply = anonymous.postJson("/api/v1/mapping/responses",
                    TestHttp.json(Map.of("invitation", tokens.get(i), "answers", answers)));
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        }

        TestHttp.Reply table = api.get("/api/v1/mapping/rounds/" + roundId + "/table");
        assertThat(table.status()).isEqualTo(200);
        JsonNode json = table.json();
        assertThat(json.get("respondents").asInt()).isEqualTo(26);
        assertThat(json.get("questions")).hasSize(6);
        for (JsonNode question : json.get("questions")) {
            int[] expected = SEED_TABLE.get(question.get("id").asText());
            assertThat(question.get("counts").get("YES").asInt()).isEqualTo(expected[0]);
            assertThat(question.get("counts").get("NO").asInt()).isEqualTo(expected[1]);
            assertThat(question.get("counts").get("DONT_KNOW").asInt()).isEqualTo(expected[2]);
            assertThat(question.get("percent").get("YES").asInt()).isEqualTo(expected[3]);
            assertThat(question.get("percent").get("NO").asInt()).isEqualTo(expected[4]);
            assertThat(question.get("percent").get("DONT_KNOW").asInt()).isEqualTo(expected[5]);
        }
        assertThat(json.get("questions").get(0).get("text").asText())
                .isEqualTo("Har politiken gett några särskilda direktiv vad gäller arbete med trygghet i er kommun?");

        // the page shows the same numbers in the same table
        MvcResult page = mvc.perform(MockMvcRequestBuilders.get("/kartlaggning/" + roundId + "/resultat")
                .with(fixtures.loggedIn(organiser))).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (Map.Entry<String, int[]> row : SEED_TABLE.entrySet()) {
            int[] e = row.getValue();
            String cells = "<td class=\"num\">" + e[0] + "</td>\\s*<td class=\"num\">" + e[1] + "</td>\\s*<td class=\"num\">" + e[2]
                    + "</td>\\s*<td class=\"num\">" + e[3] + " %</td>\\s*<td class=\"num\">" + e[4] + " %</td>\\s*<td class=\"num\">"
                    + e[5] + " %</td>";
            assertThat(html).as(row.getKey()).containsPattern("id=\"row-" + row.getKey() + "\"[^>]*>\\s*<th[^>]*>[^<]*</th>\\s*" + cells);
        }
        assertThat(html).contains("I kommunledningen 0", "Direktiv nr 20");

        // filtered by another county there are no respondents
        assertThat(api.get("/api/v1/mapping/rounds/" + roundId + "/table?county=14").json().get("respondents").asInt()).isZero();

        // exports
        MvcResult xlsx = mvc.perform(MockMvcRequestBuilders.get("/kartlaggning/" + roundId + "/resultat.xlsx")
                .with(fixtures.loggedIn(organiser))).andReturn();
        assertThat(xlsx.getResponse().getStatus()).isEqualTo(200);
        assertThat(xlsx.getResponse().getContentAsByteArray()).startsWith(new byte[] {'P', 'K'});
        MvcResult csv = mvc.perform(MockMvcRequestBuilders.get("/kartlaggning/" + roundId + "/resultat.csv")
                .with(fixtures.loggedIn(organiser))).andReturn();
        String csvText = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csvText).startsWith("\uFEFF").contains("q1;Har politiken gett några särskilda direktiv vad gäller arbete med trygghet i er kommun?;21;5;0;81;19;0;26");
        MvcResult pdf = mvc.perform(MockMvcRequestBuilders.get("/kartlaggning/" + roundId + "/resultat.pdf")
                .with(fixtures.loggedIn(organiser))).andReturn();
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // a second round of the same instrument: the change per question in percentage points
        JsonNode second = createRound(stockholm.subList(0, 2), Map.of());
        long secondId = second.get("round").get("id").asLong();
        for (JsonNode invitation : second.get("invitations")) {
            anonymous.postJson("/api/v1/mapping/responses", TestHttp.json(Map.of("invitation", invitation.get("token").asText(),
                    "answers", Map.of("q1", "YES", "q2", "YES", "q3", "YES", "q4", "YES", "q16", "YES", "q17", "YES"))));
        }
        JsonNode changes = api.get("/api/v1/mapping/rounds/" + secondId + "/comparison/" + roundId).json();
        assertThat(changes.get(0).get("points").get("YES").asInt()).isEqualTo(19);
        assertThat(changes.get(3).get("points").get("NO").asInt()).isEqualTo(-65);
        String comparisonPage = mvc.perform(MockMvcRequestBuilders.get("/kartlaggning/" + secondId + "/resultat?jamfor=" + roundId)
                .with(fixtures.loggedIn(organiser))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(comparisonPage).contains("Förändring sedan den tidigare omgången", "<td class=\"num\">19</td>");
    }

    @Test
    void aRespondentSavesHalfwayContinuesAndSubmitsOnce() {
        JsonNode created = createRound(List.of("0114"), Map.of());
        String token = created.get("invitations").get(0).get("token").asText();
        long roundId = created.get("round").get("id").asLong();

        TestHttp.Reply draft = anonymous.postJson("/api/v1/mapping/responses",
                TestHttp.json(Map.of("invitation", token, "draft", true, "answers", Map.of("q1", "YES", "q5", "Halvvägs"))));
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        assertThat(draft.json().get("status").asText()).isEqualTo("DRAFT");
        assertThat(api.get("/api/v1/mapping/rounds/" + roundId).json().get("invitations").get(0).get("status").asText())
                .isEqualTo("DRAFT");

        // submitting without the remaining choice questions is refused, naming them
        TestHttp.Reply incomplete = anonymous.postJson("/api/v1/mapping/responses",
                TestHttp.json(Map.of("invitation", token, "answers", Map.of("q2", "NO"))));
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.body()).contains("q3", "q4", "q16", "q17").doesNotContain("\"q1\"");

        TestHttp.Reply rest = anonymous.postJson("/api/v1/mapping/responses", TestHttp.json(Map.of("invitation", token,
                "answers", Map.of("q2", "NO", "q3", "NO", "q4", "DONT_KNOW", "q16", "YES", "q17", "YES"))));
        assertThat(rest.status()).as(rest.body()).isEqualTo(201);
        assertThat(api.get("/api/v1/mapping/rounds/" + roundId + "/table").json().get("questions").get(0).get("counts").get("YES").asInt())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/mapping/rounds/" + roundId + "/free-texts").body()).contains("Halvvägs", "Upplands Väsby");

        TestHttp.Reply again = anonymous.postJson("/api/v1/mapping/responses",
                TestHttp.json(Map.of("invitation", token, "answers", Map.of("q1", "NO"))));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).contains("application/problem+json");
    }

    @Test
    void errorsAreProblemDetails() throws Exception {
        JsonNode created = createRound(List.of("0114", "0115"), Map.of());
        String token = created.get("invitations").get(0).get("token").asText();
        long roundId = created.get("round").get("id").asLong();

        TestHttp.Reply unknown = anonymous.postJson("/api/v1/mapping/responses",
                TestHttp.json(Map.of("invitation", "x".repeat(43), "answers", Map.of("q1", "YES"))));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).contains("application/problem+json");

        assertThat(anonymous.postJson("/api/v1/mapping/responses",
                TestHttp.json(Map.of("invitation", token, "answers", Map.of("q1", "PARTLY")))).status()).isEqualTo(422);
        assertThat(anonymous.postJson("/api/v1/mapping/responses",
                TestHttp.json(Map.of("invitation", token, "answers", Map.of("q99", "YES")))).status()).isEqualTo(422);
        assertThat(anonymous.postJson("/api/v1/mapping/responses",
                TestHttp.json(Map.of("invitation", token, "answers", Map.of("q2.followup", "ingen följdfråga")))).status())
                .isEqualTo(422);

        TestHttp.Reply badMunicipality = api.postJson("/api/v1/mapping/rounds", TestHttp.json(Map.of("name", "Fel",
                "instrument", MappingService.INSTRUMENT_ID, "municipalities", List.of("0114", "9999"), "deadline", "2099-12-31")));
        assertThat(badMunicipality.status()).isEqualTo(422);
        assertThat(badMunicipality.body()).contains("9999");

        // only organisers create rounds; the anonymous get 401
        assertThat(anonymous.postJson("/api/v1/mapping/rounds", "{}").status()).isEqualTo(401);
        long school = fixtures.organisation("0114", "Skolan", "SCHOOL");
        Fixtures.Person reporter = fixtures.person("0114", school, Role.REPORTER);
        assertThat(new TestHttpAuth(baseUrl(), reporter.token()).get("/api/v1/mapping/rounds/" + roundId).status()).isEqualTo(403);

        // another municipality's coordinator does not see the round
        long other = fixtures.organisation("1452", "Tranemo kommun", "MUNICIPAL_DEPARTMENT");
        Fixtures.Person stranger = fixtures.person("1452", other, Role.COORDINATOR);
        TestHttpAuth strangerApi = new TestHttpAuth(baseUrl(), stranger.token());
        assertThat(strangerApi.get("/api/v1/mapping/rounds/" + roundId).status()).isEqualTo(404);
        assertThat(strangerApi.get("/api/v1/mapping/rounds/" + roundId + "/table").status()).isEqualTo(404);
        assertThat(strangerApi.get("/api/v1/mapping/rounds?kommun=0180").status()).isEqualTo(403);
        assertThat(strangerApi.get("/api/v1/mapping/rounds").json()).isEmpty();
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/kartlaggning/" + roundId).with(fixtures.loggedIn(stranger)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);

        // reminders go to those with an address who have not answered; closing stops answers
        assertThat(api.postJson("/api/v1/mapping/rounds/" + roundId + "/reminders", "").json().get("sent").asInt()).isZero();
        assertThat(api.postJson("/api/v1/mapping/rounds/" + roundId + "/close", "").status()).isEqualTo(200);
        TestHttp.Reply closed = anonymous.postJson("/api/v1/mapping/responses",
                TestHttp.json(Map.of("invitation", token, "answers", Map.of("q1", "YES"))));
        assertThat(closed.status()).isEqualTo(409);
        assertThat(api.postJson("/api/v1/mapping/rounds/" + roundId + "/close", "").status()).isEqualTo(409);
    }

    @Test
    void remindersAreEmailedToThoseWhoHaveNotAnswered() throws Exception {
        JsonNode created = createRound(List.of("0114", "0115"), Map.of("0114", "a@kommun.test", "0115", "b@kommun.test"));
        long roundId = created.get("round").get("id").asLong();
        String first = created.get("invitations").get(0).get("token").asText();
        anonymous.postJson("/api/v1/mapping/responses", TestHttp.json(Map.of("invitation", first,
                "answers", Map.of("q1", "YES", "q2", "YES", "q3", "YES", "q4", "YES", "q16", "YES", "q17", "YES"))));
        MAIL.purgeEmailFromAllMailboxes();
        assertThat(api.postJson("/api/v1/mapping/rounds/" + roundId + "/reminders", "").json().get("sent").asInt()).isEqualTo(1);
        MimeMessage[] mails = MAIL.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).startsWith("Påminnelse");
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("b@kommun.test");
    }

    @Test
    void theRespondentsPageSavesAndSubmits() throws Exception {
        JsonNode created = createRound(List.of("0114"), Map.of());
        String token = created.get("invitations").get(0).get("token").asText();
        String path = "/kartlaggning/svar/" + token;
        MvcResult form = mvc.perform(MockMvcRequestBuilders.get(path)).andReturn();
        assertThat(form.getResponse().getStatus()).isEqualTo(200);
        assertThat(form.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("inte anonyma", "Politik och planer");

        mvc.perform(MockMvcRequestBuilders.multipart(path)
                .file(new org.springframework.mock.web.MockMultipartFile("q3.file", "strategi.pdf", "application/pdf",
                        "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII)))
                .param("q1", "YES").param("q1.followup", "Trygghetsprogram").param("action", "save")
                .with(se.trygghetsnav.BrowserLikeCsrf.from(mvc, path)));
        String saved = mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(saved).contains("Trygghetsprogram", "strategi.pdf");
        assertThat(jdbc.sql("SELECT count(*) FROM mapping_file").query(Long.class).single()).isEqualTo(1);

        // a file that is not what it claims to be is refused with the form kept
        String refused = mvc.perform(MockMvcRequestBuilders.multipart(path)
                .file(new org.springframework.mock.web.MockMultipartFile("q4.file", "definition.pdf", "application/pdf",
                        "MZ not a pdf".getBytes(StandardCharsets.US_ASCII)))
                .param("q1", "YES").param("action", "save")
                .with(se.trygghetsnav.BrowserLikeCsrf.from(mvc, path))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Filen ska vara PDF");
        assertThat(jdbc.sql("SELECT count(*) FROM mapping_file").query(Long.class).single()).isEqualTo(1);

        mvc.perform(MockMvcRequestBuilders.post(path).param("q1", "YES").param("q2", "NO").param("q3", "YES").param("q4", "NO")
                .param("q16", "YES").param("q17", "YES").param("action", "submit")
                .with(se.trygghetsnav.BrowserLikeCsrf.from(mvc, path)));
        assertThat(jdbc.sql("SELECT count(*) FROM mapping_invitation WHERE submitted_at IS NOT NULL").query(Long.class).single())
                .isEqualTo(1);
        assertThat(mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Tack för era svar");
        long roundId = created.get("round").get("id").asLong();
        String results = mvc.perform(MockMvcRequestBuilders.get("/kartlaggning/" + roundId + "/resultat").with(fixtures.loggedIn(organiser)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(results).contains("Upplands Väsby: strategi.pdf", "Trygghetsprogram");
        long fileId = jdbc.sql("SELECT id FROM mapping_file").query(Long.class).single();
        MvcResult file = mvc.perform(MockMvcRequestBuilders.get("/kartlaggning/" + roundId + "/filer/" + fileId)
                .with(fixtures.loggedIn(organiser))).andReturn();
        assertThat(file.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(new String(file.getResponse().getContentAsByteArray(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/kartlaggning/svar/okand")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void theOperatorOrganisesThroughThePagesAndSeesEveryRound() throws Exception {
        long coordinatorsRound = createRound(List.of("0114"), Map.of()).get("round").get("id").asLong();
        Fixtures.Person operator = new Fixtures.Person(0, OPERATOR_EMAIL, null);
        String form = mvc.perform(MockMvcRequestBuilders.get("/kartlaggning/ny?lan=01").with(fixtures.loggedIn(operator)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form.split("name=\"code\"", -1)).hasSize(27);

        String refused = mvc.perform(MockMvcRequestBuilders.post("/kartlaggning").param("name", "Utan kommuner")
                        .param("deadline", "2099-12-31").param("lan", "01")
                        .with(se.trygghetsnav.BrowserLikeCsrf.from(mvc, "/kartlaggning/ny?lan=01", fixtures.loggedIn(operator))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Välj minst en kommun");

        MvcResult created = mvc.perform(MockMvcRequestBuilders.post("/kartlaggning").param("name", "Operatörens runda")
                        .param("deadline", "2099-12-31").param("lan", "01").param("code", "0114", "0115")
                        .param("email.0115", "vallentuna@kommun.test")
                        .with(se.trygghetsnav.BrowserLikeCsrf.from(mvc, "/kartlaggning/ny?lan=01", fixtures.loggedIn(operator))))
                .andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).startsWith("/kartlaggning/");
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        String list = mvc.perform(MockMvcRequestBuilders.get("/kartlaggning").with(fixtures.loggedIn(operator)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("Operatörens runda", "Kartläggning Stockholms län");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/kartlaggning/" + coordinatorsRound).with(fixtures.loggedIn(operator)))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        // the coordinator does not see the operator's round in their list
        assertThat(api.get("/api/v1/mapping/rounds").json()).hasSize(1);
    }

    private JsonNode createRound(List<String> municipalities, Map<String, String> emails) {
        TestHttp.Reply reply = api.postJson("/api/v1/mapping/rounds", TestHttp.json(Map.of("name", "Kartläggning Stockholms län",
                "instrument", MappingService.INSTRUMENT_ID, "municipalities", municipalities, "emails", emails,
                "deadline", "2099-12-31")));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.header("Location")).startsWith("/api/v1/mapping/rounds/");
        return reply.json();
    }

    private static String mailBody(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof String text ? text : "";
    }
}
