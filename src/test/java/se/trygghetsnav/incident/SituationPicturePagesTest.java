package se.trygghetsnav.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.account.Membership;
import se.trygghetsnav.measure.Measure;
import se.trygghetsnav.measure.MeasureForm;
import se.trygghetsnav.measure.MeasureService;
import se.trygghetsnav.platform.Role;

/** The lägesbild and action plan pages as a logged-in person without JavaScript uses them: forms, redirects, what each role sees. */
class SituationPicturePagesTest extends IntegrationTest {

    private static final String PICTURES = "/lagesbild/perioder";
    private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;
    @Autowired MeasureService measures;

    private Fixtures fixtures;
    private long safety;
    private Fixtures.Person coordinator;
    private Fixtures.Person analyst;
    private Fixtures.Person manager;
    private Fixtures.Person boras;
    private long centrum;
    private long vandalism;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        safety = fixtures.organisation(Fixtures.TRANEMO, "Trygghet och säkerhet", "MUNICIPAL_DEPARTMENT");
        coordinator = fixtures.person(Fixtures.TRANEMO, safety, Role.COORDINATOR);
        analyst = fixtures.person(Fixtures.TRANEMO, safety, Role.ANALYST);
        manager = fixtures.person(Fixtures.TRANEMO, safety, Role.MANAGER);
        boras = fixtures.person(Fixtures.BORAS, fixtures.organisation(Fixtures.BORAS, "Borås Stad", "MUNICIPAL_DEPARTMENT"), Role.COORDINATOR);
        centrum = fixtures.area(Fixtures.TRANEMO, "Centrum", 57.4850, 13.3510);
        vandalism = fixtures.category(Fixtures.TRANEMO, "VANDALISM");
        jdbc.sql("""
                        INSERT INTO incident_report (municipality_code, category_id, area_id, occurred_from, description, reported_to_police, source)
                        VALUES (:m, :c, :a, CAST('2025-02-14T22:15:00+01:00' AS timestamptz), 'Krossad ruta', 'YES', 'IMPORT'),
                               (:m, :c, :a, CAST('2025-02-21T23:05:00+01:00' AS timestamptz), 'Krossad ruta igen', 'NO', 'IMPORT')
                        """)
                .param("m", Fixtures.TRANEMO).param("c", vandalism).param("a", centrum).update();
    }

    @Test
    void aCoordinatorCreatesAPictureThroughTheFormAndSeesTheMappingAsTablesAndCharts() throws Exception {
        String list = html(mvc.perform(get(PICTURES).with(fixtures.loggedIn(coordinator))).andExpect(status().isOk()).andReturn());
        assertThat(list).contains("<h1", "Lägesbild och åtgärdsplan", "Inga lägesbilder ännu.", "<label for=\"title\"",
                "<label for=\"from\"", "<label for=\"to\"", "type=\"date\"", "href=\"/lagesbild/perioder\"");

        MvcResult created = mvc.perform(form(post(PICTURES), coordinator, PICTURES)
                        .param("title", "Lägesbild 2025").param("from", "2025-01-01").param("to", "2025-12-31"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).matches(PICTURES + "/\\d+");

        String page = html(mvc.perform(get(location).with(fixtures.loggedIn(coordinator))).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("<h1>Lägesbild 2025</h1>", "2025-01-01 – 2025-12-31, Tranemo", "1. Kartläggning av brott och ordningsstörningar",
                "2. Övrig information", "3. Analys", "Urval och källor", "Prioriterade problem");
        // the mapping: two reports, both vandalism in Centrum in February, one reported to the police, Fridays at 22-23 and 23-24
        assertThat(page).containsPattern("Rapporter under perioden</h3>\\s*<span class=\"score-summary__number\"><strong>2</strong>");
        assertThat(page).contains("50,0 %", "fredag, kl. 22–23");
        assertThat(page).containsPattern("<th scope=\"row\">Skadegörelse</th>\\s*<td class=\"num\">2</td>\\s*<td class=\"num\">100,0 %</td>");
        assertThat(page).containsPattern("<th scope=\"row\">2025-02</th>\\s*<td class=\"num\">2</td>");
        assertThat(page).containsPattern("<th scope=\"row\">Centrum</th>\\s*<td class=\"num\">2</td>");
        // accessible charts: lists of bars with the numbers beside, the drawing hidden from screen readers
        assertThat(page).contains("<ol class=\"column-chart\" aria-labelledby=\"months-caption\">",
                "<ol class=\"bar-chart\" aria-labelledby=\"categories-caption\">", "aria-hidden=\"true\"", "<caption>");
        assertThat(page.split("class=\"column-chart__item\"", -1)).hasSize(12 + 24 + 1);
        // the forms of those allowed, with labels
        for (String field : List.of("mappingComment", "otherInformation", "analysis", "problemSelection", "sourcesUsed",
                "sourcesLeftOut", "sourceLimitations", "problem-title", "problem-finding", "problem-whyChosen", "problem-specific",
                "problem-measurable", "problem-achievable", "problem-relevant", "problem-timeBound", "problem-areaId",
                "problem-categoryId", "problem-priority")) {
            assertThat(page).as(field).contains("<label for=\"" + field + "\"").contains("id=\"" + field + "\"");
        }
        assertThat(page).doesNotContain("<script");
        assertThat(html(mvc.perform(get(PICTURES).with(fixtures.loggedIn(manager))).andReturn())).contains("Lägesbild 2025")
                .doesNotContain("name=\"title\"");
    }

    @Test
    void aWrongPeriodIsShownBesideTheFieldsAndNothingIsCreated() throws Exception {
        String page = html(mvc.perform(form(post(PICTURES), coordinator, PICTURES)
                        .param("title", "").param("from", "2025-12-31").param("to", "2025-01-01"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("Kontrollera de markerade fälten", "Skriv en rubrik.", "Periodens sista dag kan inte vara före den första.",
                "value=\"2025-12-31\"", "id=\"to-error\"");
        assertThat(jdbc.sql("SELECT count(*) FROM situation_picture").query(Long.class).single()).isZero();
        mvc.perform(form(post(PICTURES), analyst, PICTURES).param("title", "x").param("from", "2025-01-01").param("to", "2025-01-31"))
                .andExpect(status().isForbidden());
    }

    @Test
    void textsAreEditedByCoordinatorsAndAnalystsAndReadByManagers() throws Exception {
        String page = createPicture();
        mvc.perform(form(post(page + "/texter"), coordinator, page).param("section", "analys")
                        .param("analysis", "Skadegörelsen sker på fredagskvällar.\r\n\r\nDen hänger ihop med ungdomar som samlas."))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(page + "#analys"));
        mvc.perform(form(post(page + "/texter"), analyst, page).param("section", "kallor")
                        .param("problemSelection", "Skadegörelsen är vanligast.").param("sourcesUsed", "Händelserapporter och NTU.")
                        .param("sourcesLeftOut", "Skolenkäten: för få svar.").param("sourceLimitations", "Mörkertal."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(post(page + "/texter"), analyst, page).param("section", "ovrigt").param("otherInformation", "Trygghetsvandring i maj."))
                .andExpect(status().is3xxRedirection());

        String edited = html(mvc.perform(get(page).with(fixtures.loggedIn(analyst))).andReturn());
        assertThat(edited).contains("Skadegörelsen sker på fredagskvällar.", "Skadegörelsen är vanligast.", "Skolenkäten: för få svar.",
                "Trygghetsvandring i maj.");
        // the analyst's form kept the analysis the coordinator wrote (only the posted part changes)
        assertThat(edited).containsPattern("<textarea id=\"analysis\"[^>]*>Skadegörelsen sker på fredagskvällar.");

        String read = html(mvc.perform(get(page).with(fixtures.loggedIn(manager))).andExpect(status().isOk()).andReturn());
        assertThat(read).contains("<p class=\"prose\">Skadegörelsen sker på fredagskvällar.</p>",
                "<p class=\"prose\">Den hänger ihop med ungdomar som samlas.</p>", "Mörkertal.").doesNotContain("<textarea");
        mvc.perform(form(post(page + "/texter"), manager, page + "/atgardsplan").param("analysis", "Chefens text"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCoordinatorAddsAProblemLinksAMeasureProposesAnotherAndReadsTheActionPlan() throws Exception {
        String page = createPicture();
        String invalid = html(mvc.perform(form(post(page + "/problem"), coordinator, page).param("title", " ").param("priority", "1"))
                .andExpect(status().isOk()).andReturn());
        assertThat(invalid).contains("Skriv en rubrik.", "id=\"problem-title-error\"", "value=\"1\"");

        MvcResult added = mvc.perform(form(post(page + "/problem"), coordinator, page)
                        .param("title", "Skadegörelse i centrum kvällstid").param("finding", "Två krossade rutor på fredagskvällar.")
                        .param("whyChosen", "Vanligast").param("areaId", String.valueOf(centrum)).param("categoryId", String.valueOf(vandalism))
                        .param("specific", "Minska skadegörelsen i centrum").param("measurable", "Rapporter om skadegörelse per kvartal")
                        .param("achievable", "Belysning ryms i budgeten").param("relevant", "Skapar otrygghet").param("timeBound", "2026-12-31")
                        .param("priority", ""))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(added.getResponse().getRedirectedUrl()).matches(Pattern.quote(page) + "#problem-\\d+");
        long problemId = Long.parseLong(added.getResponse().getRedirectedUrl().replaceAll(".*#problem-", ""));
        mvc.perform(form(post(page + "/problem"), coordinator, page).param("title", "Klotter vid stationen").param("specific", "Minska klottret"))
                .andExpect(status().is3xxRedirection());

        String withProblems = html(mvc.perform(get(page).with(fixtures.loggedIn(coordinator))).andReturn());
        assertThat(withProblems).contains("1. Skadegörelse i centrum kvällstid", "2. Klotter vid stationen", "Två krossade rutor på fredagskvällar.",
                "Målet är komplett: alla fem delarna är ifyllda.", "Målet är inte komplett", "Mätbart,", "Tidsatt.", "Ingen åtgärd kopplad");

        Measure lighting = measures.propose(actor(), new MeasureForm("Belysning i Storgatsparken", "", "", centrum, safety, "Enhetschef park",
                null, measures.today().plusDays(30), List.of()), null);
        measures.addFollowUp(actor(), lighting.id(), "Armaturerna är beställda.");
        String problemPath = page + "/problem/" + problemId;
        mvc.perform(form(post(problemPath + "/atgarder"), coordinator, page).param("measureId", String.valueOf(lighting.id())))
                .andExpect(status().is3xxRedirection());
        String proposeForm = html(mvc.perform(get(problemPath + "/ny-atgard").with(fixtures.loggedIn(coordinator)))
                .andExpect(status().isOk()).andReturn());
        assertThat(proposeForm).contains("Ny åtgärd mot Skadegörelse i centrum kvällstid", "<label for=\"title\"", "value=\"2026-12-31\"");
        mvc.perform(form(post(problemPath + "/ny-atgard"), coordinator, problemPath + "/ny-atgard")
                        .param("title", "Väktare fredagskvällar").param("ownerPerson", "Säkerhetssamordnare").param("dueDate", "2020-01-01"))
                .andExpect(status().is3xxRedirection());
        String noTitle = html(mvc.perform(form(post(problemPath + "/ny-atgard"), coordinator, problemPath + "/ny-atgard").param("title", ""))
                .andExpect(status().isOk()).andReturn());
        assertThat(noTitle).contains("Kontrollera de markerade fälten", "id=\"title-error\"");

        String linked = html(mvc.perform(get(page).with(fixtures.loggedIn(coordinator))).andReturn());
        assertThat(linked).contains("href=\"/lagesbild/atgarder/" + lighting.id() + "\"", "Belysning i Storgatsparken", "Väktare fredagskvällar",
                "Försenad");

        String plan = html(mvc.perform(get(page + "/atgardsplan").with(fixtures.loggedIn(manager))).andExpect(status().isOk()).andReturn());
        assertThat(plan).contains("<h1>Åtgärdsplan: Lägesbild 2025</h1>", "<caption>Åtgärder mot Skadegörelse i centrum kvällstid</caption>",
                "Belysning i Storgatsparken", "Trygghet och säkerhet", "Enhetschef park", measures.today().plusDays(30).toString(),
                "Armaturerna är beställda.", "Väktare fredagskvällar", "Säkerhetssamordnare", "2020-01-01", "Försenad",
                "Ingen uppföljning ännu", "2. Klotter vid stationen", "Ingen åtgärd kopplad");
        assertThat(plan.indexOf("Skadegörelse i centrum kvällstid")).isLessThan(plan.indexOf("Klotter vid stationen"));
        assertThat(plan).containsPattern("Problem utan åtgärd</span>: <strong>1</strong>");
        assertThat(plan).containsPattern("Försenade åtgärder</span>: <strong>1</strong>");

        // the edit page, then unlinking and removing
        String edit = html(mvc.perform(get(problemPath).with(fixtures.loggedIn(coordinator))).andExpect(status().isOk()).andReturn());
        assertThat(edit).contains("value=\"Skadegörelse i centrum kvällstid\"", "value=\"2026-12-31\"");
        mvc.perform(form(post(problemPath), coordinator, problemPath).param("title", "Skadegörelse i centrum").param("priority", "3"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(post(problemPath + "/atgarder/" + lighting.id() + "/ta-bort"), coordinator, page)).andExpect(status().is3xxRedirection());
        String after = html(mvc.perform(get(page + "/atgardsplan").with(fixtures.loggedIn(coordinator))).andReturn());
        assertThat(after).contains("3. Skadegörelse i centrum").doesNotContain("Belysning i Storgatsparken");
        assertThat(after.indexOf("Klotter vid stationen")).isLessThan(after.indexOf("Skadegörelse i centrum"));
        mvc.perform(form(post(problemPath + "/ta-bort"), coordinator, page)).andExpect(status().is3xxRedirection());
        assertThat(html(mvc.perform(get(page).with(fixtures.loggedIn(coordinator))).andReturn())).doesNotContain("Skadegörelse i centrum<");
        assertThat(measures.get(actor(), lighting.id()).title()).isEqualTo("Belysning i Storgatsparken");
    }

    @Test
    void onlyTheCoordinatorChangesProblemsAndAnotherMunicipalityCannotPost() throws Exception {
        String page = createPicture();
        mvc.perform(form(post(page + "/problem"), analyst, page).param("title", "Analytikerns problem")).andExpect(status().isForbidden());
        assertThat(html(mvc.perform(get(page).with(fixtures.loggedIn(analyst))).andReturn())).doesNotContain("problem-title");
        mvc.perform(form(post(page + "/problem"), boras, PICTURES).param("title", "Intrång")).andExpect(status().isNotFound());
        mvc.perform(form(post(page + "/texter"), boras, PICTURES).param("analysis", "Intrång")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM situation_problem").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT analysis FROM situation_picture").query(String.class).single()).isEmpty();
    }

    private String createPicture() throws Exception {
        return mvc.perform(form(post(PICTURES), coordinator, PICTURES)
                        .param("title", "Lägesbild 2025").param("from", "2025-01-01").param("to", "2025-12-31"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    private Actor actor() {
        return new Actor(coordinator.id(), coordinator.email(), "Test", Fixtures.TRANEMO, "Tranemo", Set.of(Role.COORDINATOR),
                List.of(new Membership(safety, "Trygghet och säkerhet", Fixtures.TRANEMO, "Tranemo", Role.COORDINATOR)));
    }

    private static String html(MvcResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** Logged in as the person, with the CSRF token read from the page that holds the form. */
    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Fixtures.Person person, String page) throws Exception {
        RequestPostProcessor user = fixtures.loggedIn(person);
        MvcResult form = mvc.perform(get(page).with(user)).andReturn();
        Cookie cookie = form.getResponse().getCookie("XSRF-TOKEN");
        Matcher token = HIDDEN_TOKEN.matcher(form.getResponse().getContentAsString(StandardCharsets.UTF_8));
        if (!token.find() || cookie == null) {
            throw new IllegalStateException("No form on " + page);
        }
        return request.with(user).cookie(cookie).param("_csrf", token.group(1));
    }
}
