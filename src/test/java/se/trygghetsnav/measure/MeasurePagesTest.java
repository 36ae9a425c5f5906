package se.trygghetsnav.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.trygghetsnav.measure.MeasureFixtures.BORAS;
import static se.trygghetsnav.measure.MeasureFixtures.TIDAHOLM;

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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import se.trygghetsnav.BrowserLikeCsrf;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.platform.Role;

/** The measure pages as a logged-in person without JavaScript uses them: GET filters, forms, redirects. */
class MeasurePagesTest extends IntegrationTest {

    private static final String MEASURES = "/lagesbild/atgarder";

    @Autowired
    private UserDetailsService users;

    @Autowired
    private MeasureService service;

    private MeasureFixtures data;
    private long organisation;
    private long centre;
    private LocalDate today;
    private MeasureFixtures.Person coordinatorPerson;
    private RequestPostProcessor coordinator;
    private RequestPostProcessor analyst;
    private RequestPostProcessor reporter;
    private RequestPostProcessor boras;

    @BeforeEach
    void people() {
        data = new MeasureFixtures(jdbc);
        organisation = data.organisation(TIDAHOLM, "Samhällsbyggnadsförvaltningen");
        long borasOrganisation = data.organisation(BORAS, "Borås Stad");
        centre = data.area(TIDAHOLM, "Centrum", 58.18, 13.95);
        data.area(BORAS, "Norrby", 57.73, 12.93);
        today = service.today();
        coordinatorPerson = data.person("Cora Samordnare", organisation, TIDAHOLM, Role.COORDINATOR);
        coordinator = loggedIn(coordinatorPerson);
        analyst = loggedIn(data.person("Ana Analytiker", organisation, TIDAHOLM, Role.ANALYST));
        reporter = loggedIn(data.person("Rut Rapportör", organisation, TIDAHOLM, Role.REPORTER));
        boras = loggedIn(data.person("Bo Borås", borasOrganisation, BORAS, Role.COORDINATOR));
    }

    @Test
    void theListMarksOverdueMeasuresWithABadgeAndFiltersWithAPlainGetForm() throws Exception {
        Measure overdue = propose("Klotter vid busstationen", today.minusDays(3), centre);
        Measure onTime = propose("Belysning i parken", today.plusDays(14), null);

        String page = html(mvc.perform(get(MEASURES).with(reporter)).andExpect(status().isOk()).andReturn());

        assertThat(page).contains("lang=\"sv\"", "<h1", "<caption", "Klotter vid busstationen", "Belysning i parken",
                today.minusDays(3).toString(), today.plusDays(14).toString(), "Centrum");
        assertThat(page).containsPattern("<form[^>]*action=\"/lagesbild/atgarder\"[^>]*method=\"get\"");
        assertThat(page).contains("<label for=\"filter-status\"", "<label for=\"filter-area\"", "<label for=\"filter-overdue\"");
        // the badge is text in the row of the overdue measure only, and the row carries a class for styling
        assertThat(page.split("class=\"badge badge--overdue\"", -1)).hasSize(2);
        assertThat(rowOf(page, overdue.title())).contains("measure--overdue", "badge--overdue");
        assertThat(rowOf(page, onTime.title())).doesNotContain("measure--overdue", "badge--overdue");
        assertThat(page.indexOf(overdue.title())).isLessThan(page.indexOf(onTime.title()));
        // a reporter may read but not propose
        assertThat(page).doesNotContain("href=\"/lagesbild/atgarder/ny\"");

        String onlyOverdue = html(mvc.perform(get(MEASURES).param("overdue", "true").with(reporter)).andReturn());
        assertThat(onlyOverdue).contains("Klotter vid busstationen").doesNotContain("Belysning i parken");
        assertThat(onlyOverdue).containsPattern("id=\"filter-overdue\"[^>]*checked");
        String decided = html(mvc.perform(get(MEASURES).param("status", "DECIDED").with(reporter)).andReturn());
        assertThat(decided).doesNotContain("Klotter vid busstationen", "Belysning i parken");
        assertThat(decided).containsPattern("value=\"DECIDED\"\\s+selected");
    }

    @Test
    void theCountsPerStatusAreShown() throws Exception {
        propose("Ett", today.minusDays(1), null);
        propose("Två", null, null);
        String page = html(mvc.perform(get(MEASURES).with(coordinator)).andReturn());
        assertThat(page).containsPattern("status=PROPOSED\">\\s*<span[^>]*>[^<]*</span>:\\s*<strong>2</strong>");
        assertThat(page).containsPattern("status=DONE\">\\s*<span[^>]*>[^<]*</span>:\\s*<strong>0</strong>");
        assertThat(page).containsPattern("overdue=true\">\\s*<span[^>]*>[^<]*</span>:\\s*<strong>1</strong>");
        assertThat(page).contains("href=\"/lagesbild/atgarder/ny\"");
    }

    @Test
    void proposingThroughTheFormLeadsToTheDetailPage() throws Exception {
        long vandalism = data.category(TIDAHOLM, "VANDALISM");
        String newPage = html(mvc.perform(get(MEASURES + "/ny").with(analyst)).andExpect(status().isOk()).andReturn());
        for (String field : List.of("title", "problem", "description", "areaId", "ownerOrganisationId", "ownerPerson", "startDate", "dueDate")) {
            assertThat(newPage).as(field).contains("<label for=\"" + field + "\"").contains("id=\"" + field + "\"");
        }
        assertThat(newPage).containsPattern("<label class=\"option\">\\s*<input type=\"checkbox\" name=\"categoryIds\" value=\"" + vandalism
                + "\" id=\"category-" + vandalism + "\">\\s*<span>Skadegörelse</span>");
        assertThat(newPage).contains("<fieldset", "<legend");

        MvcResult created = mvc.perform(form(MEASURES + "/ny", analyst)
                        .param("title", "Bättre belysning i Storgatsparken")
                        .param("problem", "Skadegörelse kvällstid")
                        .param("description", "Byt armaturer")
                        .param("areaId", String.valueOf(centre))
                        .param("ownerOrganisationId", String.valueOf(organisation))
                        .param("ownerPerson", "Enhetschef park")
                        .param("startDate", today.toString())
                        .param("dueDate", today.plusDays(30).toString())
                        .param("categoryIds", String.valueOf(vandalism)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/lagesbild/atgarder/*"))
                .andReturn();
        String location = created.getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("SELECT status FROM measure WHERE id = :id").param("id", id).query(String.class).single()).isEqualTo("PROPOSED");

        String detail = html(mvc.perform(get(location).with(analyst)).andExpect(status().isOk()).andReturn());
        assertThat(detail).contains("<h1>Bättre belysning i Storgatsparken</h1>", "Skadegörelse kvällstid", "Byt armaturer",
                "Centrum", "Samhällsbyggnadsförvaltningen", "Enhetschef park", today.toString(), today.plusDays(30).toString(),
                "Skadegörelse", "Ana Analytiker", "class=\"measure-history\"");
    }

    @Test
    void aProposalFromAWeeksLagesbildRemembersTheWeek() throws Exception {
        String page = html(mvc.perform(get(MEASURES + "/ny").param("vecka", "2026-03-18").with(coordinator)).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("name=\"vecka\" value=\"2026-03-18\"");
        mvc.perform(form(MEASURES + "/ny", coordinator).param("title", "Från veckomötet").param("vecka", "2026-03-18"))
                .andExpect(status().is3xxRedirection());
        assertThat(service.proposedInWeek(TIDAHOLM, LocalDate.of(2026, 3, 16))).extracting(Measure::title).containsExactly("Från veckomötet");
    }

    @Test
    void anInvalidFormComesBackWithWhatWasTypedAndTheErrorsBesideTheFields() throws Exception {
        String page = html(mvc.perform(form(MEASURES + "/ny", coordinator)
                        .param("title", "")
                        .param("problem", "Mycket klotter på Åsgatan")
                        .param("ownerPerson", "Åsa Öberg")
                        .param("areaId", String.valueOf(centre))
                        .param("startDate", "2026-04-10")
                        .param("dueDate", "2026-04-01"))
                .andExpect(status().isOk()).andReturn());

        assertThat(page).contains("class=\"error-summary\"", "id=\"title-error\"", "id=\"dueDate-error\"")
                .doesNotContain("id=\"problem-error\"", "id=\"ownerPerson-error\"");
        assertThat(page).contains("Mycket klotter på Åsgatan</textarea>", "value=\"Åsa Öberg\"", "value=\"2026-04-10\"", "value=\"2026-04-01\"");
        assertThat(page).containsPattern("value=\"" + centre + "\"\\s+selected");
        assertThat(page).containsPattern("aria-describedby=\"title-hint title-error\"");
        assertThat(page).contains("href=\"#title\"", "href=\"#dueDate\"");
        assertThat(jdbc.sql("SELECT count(*) FROM measure").query(Long.class).single()).isZero();
    }

    @Test
    void aMalformedDateOrNumberIsAnErrorBesideTheFieldNotACrash() throws Exception {
        String page = html(mvc.perform(form(MEASURES + "/ny", coordinator)
                        .param("title", "Belysning")
                        .param("dueDate", "31/3")
                        .param("areaId", "centrum"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("id=\"dueDate-error\"", "id=\"areaId-error\"", "value=\"31/3\"", "value=\"Belysning\"");
    }

    @Test
    void anAreaOfAnotherMunicipalityIsRefusedBesideTheField() throws Exception {
        long norrby = jdbc.sql("SELECT id FROM area WHERE municipality_code = :m").param("m", BORAS).query(Long.class).single();
        String page = html(mvc.perform(form(MEASURES + "/ny", coordinator)
                        .param("title", "Trygghetsvandring")
                        .param("areaId", String.valueOf(norrby)))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("id=\"areaId-error\"", "Området finns inte i kommunen", "value=\"Trygghetsvandring\"");
        assertThat(jdbc.sql("SELECT count(*) FROM measure").query(Long.class).single()).isZero();
    }

    @Test
    void theStatusFormOffersOnlyAllowedStatusesAndRecordsTheDecision() throws Exception {
        Measure measure = propose("Nattvandring fredagar", null, null);
        String path = MEASURES + "/" + measure.id();

        String asCoordinator = html(mvc.perform(get(path).with(coordinator)).andExpect(status().isOk()).andReturn());
        assertThat(asCoordinator).contains("value=\"DECIDED\"", "value=\"CANCELLED\"")
                .doesNotContain("value=\"IN_PROGRESS\"", "value=\"DONE\"");
        assertThat(asCoordinator).contains("<label for=\"status-note\"", "<label for=\"followup-note\"", "<legend");
        String asAnalyst = html(mvc.perform(get(path).with(analyst)).andReturn());
        assertThat(asAnalyst).contains("value=\"CANCELLED\"").doesNotContain("value=\"DECIDED\"");

        String missing = html(mvc.perform(form(path + "/status", coordinator).param("note", "Glömde välja"))
                .andExpect(status().isOk()).andReturn());
        assertThat(missing).contains("id=\"status-error\"", "Glömde välja</textarea>");

        String stale = html(mvc.perform(form(path + "/status", coordinator).param("status", "DONE")).andExpect(status().isOk()).andReturn());
        assertThat(stale).contains("id=\"status-error\"", "En föreslagen åtgärd kan inte ändras till genomförd");

        mvc.perform(form(path + "/status", coordinator).param("status", "DECIDED").param("note", "Beslut i ledningsgruppen 12/3"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", path));
        assertThat(service.get(actor(), measure.id()).status()).isEqualTo(MeasureStatus.DECIDED);

        String after = html(mvc.perform(get(path).with(coordinator)).andReturn());
        assertThat(after).contains("Beslut i ledningsgruppen 12/3", "Cora Samordnare", "value=\"IN_PROGRESS\"", "value=\"DONE\"")
                .doesNotContain("value=\"DECIDED\"");
    }

    @Test
    void followUpsAreAddedToTheHistory() throws Exception {
        Measure measure = propose("Klotterplank", null, null);
        String path = MEASURES + "/" + measure.id();

        String blank = html(mvc.perform(form(path + "/uppfoljning", analyst).param("note", " ")).andExpect(status().isOk()).andReturn());
        assertThat(blank).contains("id=\"followup-note-error\"");

        mvc.perform(form(path + "/uppfoljning", analyst).param("note", "Mindre klotter sedan planket kom upp"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", path + "#historik"));
        String detail = html(mvc.perform(get(path).with(analyst)).andReturn());
        assertThat(detail).contains("Mindre klotter sedan planket kom upp", "Ana Analytiker");
        assertThat(detail).containsPattern("<time datetime=\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}\">\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}</time>");
        assertThat(service.history(actor(), measure.id())).hasSize(2);
    }

    @Test
    void theCoordinatorEditsThroughAPrefilledForm() throws Exception {
        Measure measure = propose("Belysning", today.plusDays(5), centre);
        String edit = MEASURES + "/" + measure.id() + "/andra";

        String page = html(mvc.perform(get(edit).with(coordinator)).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("value=\"Belysning\"", "value=\"" + today.plusDays(5) + "\"");
        assertThat(page).containsPattern("value=\"" + centre + "\"\\s+selected");
        mvc.perform(get(edit).with(analyst)).andExpect(status().isForbidden());

        mvc.perform(form(edit, coordinator).param("title", "Belysning och beskärning").param("dueDate", today.plusDays(40).toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", MEASURES + "/" + measure.id()));
        Measure edited = service.get(actor(), measure.id());
        assertThat(edited.title()).isEqualTo("Belysning och beskärning");
        assertThat(edited.areaId()).isNull();
        assertThat(edited.dueDate()).isEqualTo(today.plusDays(40));
    }

    @Test
    void othersAreKeptOut() throws Exception {
        Measure measure = propose("Bara för Tidaholm", null, null);
        mvc.perform(get(MEASURES + "/" + measure.id()).with(boras)).andExpect(status().isNotFound());
        assertThat(html(mvc.perform(get(MEASURES).with(boras)).andExpect(status().isOk()).andReturn())).doesNotContain("Bara för Tidaholm");
        mvc.perform(get(MEASURES + "/ny").with(reporter)).andExpect(status().isForbidden());
        mvc.perform(get(MEASURES)).andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/logga-in"));
        mvc.perform(post(MEASURES + "/ny").with(coordinator).param("title", "Utan CSRF")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM measure").query(Long.class).single()).isEqualTo(1);
    }

    private Measure propose(String title, LocalDate due, Long areaId) {
        return service.propose(actor(), new MeasureForm(title, "", "", areaId, null, null, null, due, List.of()), null);
    }

    private Actor actor() {
        return new Actor(coordinatorPerson.id(), coordinatorPerson.email(), coordinatorPerson.displayName(), TIDAHOLM, "Tidaholm",
                Set.of(Role.COORDINATOR), List.of());
    }

    private RequestPostProcessor loggedIn(MeasureFixtures.Person person) {
        UserDetails principal = users.loadUserByUsername(person.email());
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    /**
     * A POST as a browser sends it: the CSRF token read from a page rendered for the same person
     * (every page has one in the log-out form), with its cookie.
     */
    private MockHttpServletRequestBuilder form(String path, RequestPostProcessor user) throws Exception {
        return post(path).with(BrowserLikeCsrf.from(mvc, MEASURES, user));
    }

    private static String html(MvcResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** The table row that names the measure. */
    private static String rowOf(String page, String title) {
        int at = page.indexOf(title);
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }
}
