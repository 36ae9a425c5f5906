package se.trygghetsnav.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import se.trygghetsnav.BrowserLikeCsrf;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.platform.Role;

/** Citizen promises through the coordinator's pages, and the municipality's public pages. */
class CitizenPromisePagesTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private Fixtures fixtures;
    private Fixtures.Person coordinator;
    private Fixtures.Person analyst;
    private long police;
    private long municipality;
    private long borasOrganisation;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        municipality = fixtures.organisation(Fixtures.TRANEMO, "Trygg och säker kommun", "MUNICIPAL_DEPARTMENT");
        police = fixtures.organisation(Fixtures.TRANEMO, "Polisen, lokalpolisområde Borås", "POLICE");
        borasOrganisation = fixtures.organisation(Fixtures.BORAS, "Borås Stad", "MUNICIPAL_DEPARTMENT");
        coordinator = fixtures.person(Fixtures.TRANEMO, municipality, Role.COORDINATOR);
        analyst = fixtures.person(Fixtures.TRANEMO, municipality, Role.ANALYST);
    }

    @Test
    void aPromiseIsRecordedGetsActivitiesAndAYearlyFollowUpAndIsShownToResidents() throws Exception {
        String promise = mvc.perform(post("/lagesbild/medborgarloften").with(csrf("/lagesbild/medborgarloften/ny"))
                        .param("title", "Tryggt i centrum på kvällen")
                        .param("text", "Polisen och kommunen lovar att öka närvaron i centrum fredagskvällar.")
                        .param("periodFrom", TODAY.minusMonths(6).toString()).param("periodTo", TODAY.plusMonths(18).toString())
                        .param("focusProblems", "Öppen narkotikahandel\nBelysning")
                        .param("partyIds", String.valueOf(police), String.valueOf(municipality)).param("published", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(promise).matches("/lagesbild/medborgarloften/\\d+");
        String id = promise.substring(promise.lastIndexOf('/') + 1);

        String detail = page(promise, coordinator);
        assertThat(detail).contains("Tryggt i centrum på kvällen", "Polisen, lokalpolisområde Borås", "Öppen narkotikahandel",
                "Gäller nu", "Inga aktiviteter ännu.");

        String rejected = HtmlUtils.htmlUnescape(mvc.perform(post(promise + "/aktiviteter").with(csrf(promise))
                        .param("description", "").param("owner", String.valueOf(borasOrganisation)).param("status", "KLAR"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(rejected).contains("Beskriv aktiviteten", "Välj en av kommunens organisationer", "Välj planerad");

        mvc.perform(post(promise + "/aktiviteter").with(csrf(promise)).param("description", "Kvällspatrull fredagar")
                        .param("owner", String.valueOf(police)).param("status", "ONGOING")
                        .param("dueDate", TODAY.minusDays(3).toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(promise + "/aktiviteter").with(csrf(promise)).param("description", "Ny belysning i parken")
                        .param("owner", String.valueOf(municipality)).param("status", "PLANNED"))
                .andExpect(status().is3xxRedirection());
        detail = page(promise, coordinator);
        assertThat(detail).contains("Kvällspatrull fredagar", "Pågår", "Försenad", "Ny belysning i parken", "Planerad");

        long activity = jdbc.sql("SELECT id FROM citizen_promise_activity WHERE description = 'Kvällspatrull fredagar'")
                .query(Long.class).single();
        String activityPage = promise + "/aktiviteter/" + activity;
        assertThat(page(activityPage, coordinator)).contains("Ändra aktiviteten", "Kvällspatrull fredagar");
        mvc.perform(post(activityPage).with(csrf(activityPage)).param("description", "Kvällspatrull fredagar och lördagar")
                        .param("owner", String.valueOf(police)).param("status", "DONE").param("dueDate", TODAY.minusDays(3).toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(promise, coordinator)).contains("Kvällspatrull fredagar och lördagar", "Klar").doesNotContain("Försenad");

        String followUp = promise + "/uppfoljning?ar=" + TODAY.getYear();
        assertThat(page(followUp, coordinator)).contains("Årlig uppföljning", "Kvällspatrull fredagar och lördagar");
        String missing = HtmlUtils.htmlUnescape(mvc.perform(post(promise + "/uppfoljning").with(csrf(followUp))
                        .param("year", "1999").param("achieved", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(missing).contains("Välj ett år inom löftets period", "Beskriv vad som uppnåtts");
        mvc.perform(post(promise + "/uppfoljning").with(csrf(followUp)).param("year", String.valueOf(TODAY.getYear()))
                        .param("achieved", "Fyrtio kvällspatruller; färre anmälningar om narkotikahandel.")
                        .param("status-" + activity, "DONE"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(promise, coordinator)).contains("Fyrtio kvällspatruller", TODAY.toString());

        // analysts read, but do not write
        assertThat(page("/lagesbild/medborgarloften", analyst)).contains("Tryggt i centrum på kvällen");
        mvc.perform(get("/lagesbild/medborgarloften/ny").with(fixtures.loggedIn(analyst))).andExpect(status().isForbidden());

        String publicList = HtmlUtils.htmlUnescape(mvc.perform(get("/trygghet/1452/medborgarloften")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(publicList).contains("Medborgarlöften i Tranemo", "Tryggt i centrum på kvällen", "Kvällspatrull fredagar och lördagar",
                "Klar", "Fyrtio kvällspatruller");
        String publicPage = HtmlUtils.htmlUnescape(mvc.perform(get("/trygghet/1452/medborgarloften/" + id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(publicPage).contains("Tryggt i centrum på kvällen", "Polisen, lokalpolisområde Borås", "Ny belysning i parken",
                "Uppföljning " + TODAY.getYear(), "Fyrtio kvällspatruller");

        // another municipality's public page and coordinator never see it
        mvc.perform(get("/trygghet/1490/medborgarloften/" + id)).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/trygghet/1490/medborgarloften")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Tryggt i centrum");
        Fixtures.Person boras = fixtures.person(Fixtures.BORAS, borasOrganisation, Role.COORDINATOR);
        mvc.perform(get(promise).with(fixtures.loggedIn(boras))).andExpect(status().isNotFound());
        mvc.perform(get(activityPage).with(fixtures.loggedIn(boras))).andExpect(status().isNotFound());
        mvc.perform(get("/trygghet/9999/medborgarloften")).andExpect(status().isNotFound());
    }

    @Test
    void unpublishedAndEndedPromisesStayOffThePublicPages() throws Exception {
        String draft = create("Utkast till löfte", TODAY.minusMonths(1), TODAY.plusMonths(6), false);
        String ended = create("Löfte som har gått ut", TODAY.minusYears(2), TODAY.minusDays(1), true);
        String publicList = HtmlUtils.htmlUnescape(mvc.perform(get("/trygghet/1452/medborgarloften")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(publicList).contains("Det finns inga aktuella medborgarlöften").doesNotContain("Utkast till löfte", "Löfte som har gått ut");
        mvc.perform(get("/trygghet/1452/medborgarloften/" + draft.substring(draft.lastIndexOf('/') + 1))).andExpect(status().isNotFound());
        // an ended, published promise keeps its own page, so old links still work
        mvc.perform(get("/trygghet/1452/medborgarloften/" + ended.substring(ended.lastIndexOf('/') + 1))).andExpect(status().isOk());
    }

    @Test
    void aBadFormIsShownAgainWithWhatWasTyped() throws Exception {
        String body = HtmlUtils.htmlUnescape(mvc.perform(post("/lagesbild/medborgarloften").with(csrf("/lagesbild/medborgarloften/ny"))
                        .param("title", "Trygg skolväg").param("text", "").param("periodFrom", "2026-06-01")
                        .param("periodTo", "2026-01-01").param("partyIds", "abc", String.valueOf(borasOrganisation)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(body).contains("Trygg skolväg", "Skriv löftet", "Sista dagen kan inte komma före den första",
                "Välj parter bland kommunens organisationer");
        assertThat(jdbc.sql("SELECT count(*) FROM citizen_promise").query(Long.class).single()).isZero();

        String promise = create("Trygg skolväg", TODAY, TODAY.plusYears(1), false);
        String edit = HtmlUtils.htmlUnescape(mvc.perform(post(promise).with(csrf(promise + "/andra")).param("title", "")
                        .param("text", "Vi lovar").param("periodFrom", "2026-01-01").param("periodTo", "2026-12-31"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(edit).contains("Ange en rubrik");
        mvc.perform(post(promise).with(csrf(promise + "/andra")).param("title", "Trygg skolväg hela året")
                        .param("text", "Vi lovar").param("periodFrom", "2026-01-01").param("periodTo", "2026-12-31")
                        .param("partyIds", String.valueOf(police)))
                .andExpect(status().is3xxRedirection());
        assertThat(page(promise, coordinator)).contains("Trygg skolväg hela året", "Polisen, lokalpolisområde Borås");
    }

    private String create(String title, LocalDate from, LocalDate to, boolean published) throws Exception {
        var request = post("/lagesbild/medborgarloften").with(csrf("/lagesbild/medborgarloften/ny")).param("title", title)
                .param("text", "Vi lovar").param("periodFrom", from.toString()).param("periodTo", to.toString());
        if (published) {
            request.param("published", "true");
        }
        return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    private RequestPostProcessor csrf(String page) throws Exception {
        return BrowserLikeCsrf.from(mvc, page, fixtures.loggedIn(coordinator));
    }

    private String page(String url, Fixtures.Person person) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(url).with(fixtures.loggedIn(person))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
