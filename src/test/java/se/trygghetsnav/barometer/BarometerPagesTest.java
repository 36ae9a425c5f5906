package se.trygghetsnav.barometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.trygghetsnav.BrowserLikeCsrf;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.TestHttp;
import se.trygghetsnav.survey.AnswerOption;
import se.trygghetsnav.survey.Instrument;

/** The barometer as a person without JavaScript uses it: plain forms, redirects and pages. */
class BarometerPagesTest extends IntegrationTest {

    @Test
    void startPageShowsTheSeedsIntroductionAndTheAnonymityPromise() throws Exception {
        String page = mvc.perform(get("/barometern")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Trygghetsbarometern", "Ingen annan än du kommer att kunna se svaren",
                "Helt anonymt", "Vi sparar inte din IP-adress", "Nästa", "lang=\"sv\"");
        TestHttp.Reply real = new TestHttp(baseUrl()).getHtml("/barometern");
        assertThat(real.response().headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        assertThat(real.header("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void aPersonAnswersEverySectionSeesMissingAnswersAndReachesTheResult() throws Exception {
        String draft = startDraft();
        String section1 = draft + "/omrade/1";

        // Nästa with one of four answered: the page comes back with a message per missing question
        String withErrors = mvc.perform(form(section1).param("s1.q1", "YES").param("action", "next"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(withErrors).contains("Några frågor saknar svar", "s1.q2-error", "s1.q3-error", "s1.q4-error")
                .doesNotContain("s1.q1-error");
        assertThat(withErrors).containsPattern("value=\"YES\"\\s+checked=\"checked\"");

        // the given answer was kept; completing the section moves on
        mvc.perform(form(section1).param("s1.q2", "NO").param("s1.q3", "PARTLY").param("s1.q4", "DONT_KNOW").param("action", "next"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", draft + "/omrade/2"));

        // Föregående from section 2 keeps what was given there and goes back to section 1 with its answers
        mvc.perform(form(draft + "/omrade/2").param("s2.q1", "YES").param("action", "previous"))
                .andExpect(header().string("Location", draft + "/omrade/1"));
        String again = mvc.perform(get(section1)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("Område 1 av 11");
        assertThat(again.split("checked=\"checked\"", -1)).hasSize(5);

        Instrument instrument = BarometerAnswers.INSTRUMENT;
        for (int n = 2; n <= 11; n++) {
            MockHttpServletRequestBuilder page = form(draft + "/omrade/" + n).param("action", "next");
            for (Instrument.Question question : instrument.sectionAt(n).orElseThrow().questions()) {
                page.param(question.id(), "YES");
            }
            String next = n == 11 ? draft + "/kontakt" : draft + "/omrade/" + (n + 1);
            mvc.perform(page).andExpect(header().string("Location", next));
        }

        String contactPage = mvc.perform(get(draft + "/kontakt")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(contactPage).contains("Namn", "Titel", "Organisation", "E-post", "Koppla mitt resultat till min kontaktförfrågan");
        assertThat(contactPage).doesNotContain("checked");

        MvcResult done = mvc.perform(form(draft + "/kontakt").param("action", "next")).andExpect(status().is3xxRedirection()).andReturn();
        String resultUrl = done.getResponse().getRedirectedUrl();
        assertThat(resultUrl).matches("/barometern/resultat/[A-Za-z0-9_-]{43}");

        String result = mvc.perform(get(resultUrl)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // s1: 0+... = YES 2, NO 0, PARTLY 1, DONT_KNOW 0 = 3 of 8 -> 38; total 3 + 142 = 145 of 150 -> 97
        assertThat(result).contains("Ditt resultat i Trygghetsbarometern", ">97<", "Väl utvecklat", ">38<",
                "Utvecklingslista", "Jämförelsen med andra kommuner visas när minst 10 kommuner har svarat");
        assertThat(result).contains(instrument.question("s1.q2").orElseThrow().recommendation());
        assertThat(result).doesNotContain(instrument.question("s1.q1").orElseThrow().recommendation());

        // the draft is gone once completed; no contact request was made
        assertThat(jdbc.sql("SELECT count(*) FROM barometer_draft").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM barometer_contact_request").query(Long.class).single()).isZero();
        mvc.perform(get(draft + "/omrade/1")).andExpect(status().isNotFound());

        mvc.perform(get(resultUrl + "/utskrift")).andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Utvecklingslista")));
        byte[] pdf = mvc.perform(get(resultUrl + "/pdf")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(2000);
    }

    @Test
    void contactDetailsAreStoredApartAndLinkedOnlyWhenTicked() throws Exception {
        String unlinked = completeDraftWithContact(Map.of("name", "Anna Andersson", "email", "anna@kommun.se"));
        String linked = completeDraftWithContact(Map.of("name", "Bo Berg", "organisation", "Tranemo kommun", "linkResult", "true"));

        assertThat(unlinked).isNotEqualTo(linked);
        assertThat(jdbc.sql("SELECT count(*) FROM barometer_contact_request WHERE name = 'Anna Andersson' AND response_id IS NULL")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM barometer_contact_request WHERE name = 'Bo Berg' AND response_id IS NOT NULL")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anInvalidEmailKeepsWhatWasTyped() throws Exception {
        String draft = completedDraftWithoutContact();
        String page = mvc.perform(form(draft + "/kontakt").param("name", "Cecilia Åström").param("email", "inte-en-adress")
                        .param("linkResult", "true").param("action", "next"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Skriv en giltig e-postadress", "value=\"Cecilia Åström\"", "value=\"inte-en-adress\"");
        assertThat(page).containsPattern("id=\"linkResult\"[^>]*checked");
        assertThat(jdbc.sql("SELECT count(*) FROM barometer_response").query(Long.class).single()).isZero();
    }

    @Test
    void jumpingToTheContactPageWithUnansweredQuestionsLeadsBackToThem() throws Exception {
        String draft = startDraft();
        mvc.perform(form(draft + "/kontakt").param("action", "next"))
                .andExpect(header().string("Location", draft + "/omrade/1?ofullstandig"));
    }

    @Test
    void unknownTokensAndSectionsGiveAFriendlySwedishPage() throws Exception {
        TestHttp http = new TestHttp(baseUrl());
        for (String path : new String[] {"/barometern/resultat/finns-inte", "/barometern/svar/" + "A".repeat(43) + "/omrade/1",
                startDraft() + "/omrade/12", "/sidan-finns-inte", "/barometern/svar/x/omrade/inte-ett-tal"}) {
            TestHttp.Reply page = http.getHtml(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("Sidan hittades inte", "Till startsidan").doesNotContain("Exception", "at se.");
        }
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/barometern/starta")).andExpect(status().isForbidden());
    }

    @Test
    void englishIsOneClickAway() throws Exception {
        String page = mvc.perform(get("/barometern").param("lang", "en")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Completely anonymous", "lang=\"en\"", "På svenska");
    }

    private String startDraft() throws Exception {
        String location = mvc.perform(post("/barometern/starta").with(BrowserLikeCsrf.from(mvc, "/barometern"))).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        return location.substring(0, location.indexOf("/omrade/"));
    }

    private String completedDraftWithoutContact() throws Exception {
        String draft = startDraft();
        for (int n = 1; n <= 11; n++) {
            MockHttpServletRequestBuilder page = form(draft + "/omrade/" + n).param("action", "next");
            for (Instrument.Question question : BarometerAnswers.INSTRUMENT.sectionAt(n).orElseThrow().questions()) {
                page.param(question.id(), AnswerOption.PARTLY.name());
            }
            mvc.perform(page).andExpect(status().is3xxRedirection());
        }
        return draft;
    }

    private String completeDraftWithContact(Map<String, String> contact) throws Exception {
        String draft = completedDraftWithoutContact();
        MockHttpServletRequestBuilder request = form(draft + "/kontakt").param("action", "next");
        contact.forEach(request::param);
        return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    private MockHttpServletRequestBuilder form(String path) throws Exception {
        return post(path).with(BrowserLikeCsrf.from(mvc, "/barometern"));
    }
}
