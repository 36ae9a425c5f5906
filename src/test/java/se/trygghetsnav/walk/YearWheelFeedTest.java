package se.trygghetsnav.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import se.trygghetsnav.BrowserLikeCsrf;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.platform.Role;
import se.trygghetsnav.platform.Tokens;

/** The årshjul page from every source of dates, and its secret iCalendar feed parsed back with ical4j. */
class YearWheelFeedTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private Fixtures fixtures;
    private Fixtures.Person coordinator;
    private Fixtures.Person analyst;
    private Map<String, Long> ids;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        long tsk = fixtures.organisation(Fixtures.TRANEMO, "Trygg och säker kommun", "MUNICIPAL_DEPARTMENT");
        coordinator = fixtures.person(Fixtures.TRANEMO, tsk, Role.COORDINATOR);
        analyst = fixtures.person(Fixtures.TRANEMO, tsk, Role.ANALYST);
        ids = tranemosYear();
    }

    /** One of everything dated, in this year where possible, some overdue. */
    private Map<String, Long> tranemosYear() {
        long limmared = insert("INSERT INTO locality (municipality_code, name, latitude, longitude) VALUES ('1452', 'Limmared', 57.54, 13.36) RETURNING id");
        LocalDate walkDate = TODAY.minusDays(40);
        long walk = jdbc.sql("""
                        INSERT INTO safety_walk (municipality_code, locality_id, walk_date, start_time, meeting_point, completed_at,
                                                 follow_up_meeting_date, feedback_date)
                        VALUES ('1452', :l, :d, '18:00', 'Torget', now(), :meeting, :feedback) RETURNING id
                        """)
                .param("l", limmared).param("d", walkDate).param("meeting", TODAY.minusDays(10))
                .param("feedback", TODAY.plusMonths(5)).query(Long.class).single();
        long meeting = jdbc.sql("""
                        INSERT INTO safety_meeting (municipality_code, locality_id, meeting_date, theme, place)
                        VALUES ('1452', :l, :d, 'Trygg skolväg', 'Folkets hus') RETURNING id
                        """)
                .param("l", limmared).param("d", TODAY.plusDays(20)).query(Long.class).single();
        long group = insert("INSERT INTO working_group (municipality_code, name) VALUES ('1452', 'BRÅ Unga') RETURNING id");
        long groupMeeting = jdbc.sql("INSERT INTO working_group_meeting (group_id, municipality_code, meeting_date) VALUES (:g, '1452', :d) RETURNING id")
                .param("g", group).param("d", TODAY.minusDays(5)).query(Long.class).single();
        long measure = jdbc.sql("INSERT INTO measure (municipality_code, title, due_date, status) VALUES ('1452', 'Byt armaturer i gångtunneln', :d, 'DECIDED') RETURNING id")
                .param("d", TODAY.minusDays(2)).query(Long.class).single();
        long promise = jdbc.sql("""
                        INSERT INTO citizen_promise (municipality_code, title, promise_text, period_from, period_to, published)
                        VALUES ('1452', 'Tryggt i centrum', 'Vi lovar', :from, :to, true) RETURNING id
                        """)
                .param("from", TODAY.minusMonths(3)).param("to", TODAY.plusMonths(9)).query(Long.class).single();
        long activity = jdbc.sql("""
                        INSERT INTO citizen_promise_activity (promise_id, municipality_code, description, status, due_date)
                        VALUES (:p, '1452', 'Kvällspatrull fredagar', 'ONGOING', :d) RETURNING id
                        """)
                .param("p", promise).param("d", TODAY.plusDays(7)).query(Long.class).single();
        // Borås has a walk of its own on the same day: it never shows in Tranemo's wheel or feed
        long ulricehamn = insert("INSERT INTO locality (municipality_code, name, latitude, longitude) VALUES ('1490', 'Sandared', 57.7, 12.8) RETURNING id");
        jdbc.sql("INSERT INTO safety_walk (municipality_code, locality_id, walk_date, start_time) VALUES ('1490', :l, :d, '18:00')")
                .param("l", ulricehamn).param("d", walkDate).update();
        return Map.of("walk", walk, "meeting", meeting, "group", group, "groupMeeting", groupMeeting, "measure", measure,
                "promise", promise, "activity", activity);
    }

    @Test
    void theWheelShowsEveryKindOfDateByMonthAndMarksTheOverdue() throws Exception {
        String page = page("/lagesbild/arshjul?ar=" + TODAY.getYear(), analyst);
        assertThat(page).contains("Årshjul " + TODAY.getYear(), "Antal datum per månad");
        if (TODAY.minusDays(40).getYear() == TODAY.getYear()) {
            assertThat(page).contains("Trygghetsvandring", "/lagesbild/vandringar/" + ids.get("walk"));
        }
        if (TODAY.minusDays(10).getYear() == TODAY.getYear()) {
            // completed walk, but the follow-up meeting was due ten days ago and is not done
            assertThat(page).contains("Uppföljande trygghetsmöte senast", "Försenad");
        }
        if (TODAY.minusDays(2).getYear() == TODAY.getYear()) {
            assertThat(page).contains("Åtgärd klar senast", "Byt armaturer i gångtunneln", "/lagesbild/atgarder/" + ids.get("measure"));
        }
        if (TODAY.minusDays(5).getYear() == TODAY.getYear()) {
            assertThat(page).contains("Möte i arbetsgrupp", "BRÅ Unga");
        }
        assertThat(page).doesNotContain("Sandared");
        // the analyst sees the wheel but cannot make a calendar link
        assertThat(page).doesNotContain("Skapa en kalenderlänk");
        mvc.perform(get("/lagesbild/arshjul?ar=tjugotjugosex").with(fixtures.loggedIn(analyst))).andExpect(status().isOk());
        mvc.perform(get("/lagesbild/arshjul?ar=99999").with(fixtures.loggedIn(analyst))).andExpect(status().isOk());
    }

    @Test
    void theSecretFeedHasTheYearAroundTodayAndStopsWhenRevokedOrRenewed() throws Exception {
        assertThat(page("/lagesbild/arshjul", coordinator)).contains("Skapa en kalenderlänk", "Det finns ingen kalenderlänk");
        MvcResult created = mvc.perform(post("/lagesbild/arshjul/kalender")
                        .with(BrowserLikeCsrf.from(mvc, "/lagesbild/arshjul", fixtures.loggedIn(coordinator))))
                .andExpect(status().is3xxRedirection()).andReturn();
        String url = (String) created.getFlashMap().get("feedUrl");
        assertThat(url).matches("https?://.+/kalender/[A-Za-z0-9_-]{43}\\.ics");
        assertThat((String) created.getFlashMap().get("webcalUrl")).startsWith("webcal://").endsWith(".ics");
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        // only the hash is stored
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_feed WHERE token_hash = :h").param("h", Tokens.hash(token))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_feed WHERE encode(token_hash, 'escape') LIKE '%' || :t || '%'")
                .param("t", token).query(Long.class).single()).isZero();
        assertThat(page("/lagesbild/arshjul", coordinator)).contains("En kalenderlänk skapades " + TODAY, "Återkalla länken")
                .doesNotContain(token);

        MockHttpServletResponse feed = mvc.perform(get("/kalender/" + token + ".ics")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(feed.getContentType()).startsWith("text/calendar");
        String ics = feed.getContentAsString(StandardCharsets.UTF_8);
        assertThat(ics).contains("\r\n").doesNotContain("Sandared");
        Map<String, VEvent> events = Ics.validEvents(ics).stream()
                .collect(Collectors.toMap(e -> Ics.value(e, Property.UID), Function.identity()));
        assertThat(events.keySet()).contains("walk-" + ids.get("walk") + "@trygghetsnav",
                "walk-meeting-" + ids.get("walk") + "@trygghetsnav", "walk-feedback-" + ids.get("walk") + "@trygghetsnav",
                "safety-meeting-" + ids.get("meeting") + "@trygghetsnav", "group-meeting-" + ids.get("groupMeeting") + "@trygghetsnav",
                "measure-" + ids.get("measure") + "@trygghetsnav", "promise-activity-" + ids.get("activity") + "@trygghetsnav");
        assertThat(events.keySet()).anyMatch(uid -> uid.startsWith("promise-follow-up-" + ids.get("promise") + "-"));
        // BRÅ Unga meets twice a year: next time six months after its last meeting
        VEvent groupDue = events.get("group-due-" + ids.get("group") + "@trygghetsnav");
        assertThat(Ics.value(groupDue, Property.DTSTART)).isEqualTo(TODAY.minusDays(5).plusMonths(6).toString().replace("-", ""));
        assertThat(Ics.value(groupDue, Property.SUMMARY)).isEqualTo("Nästa möte i arbetsgruppen BRÅ Unga senast");

        VEvent walk = events.get("walk-" + ids.get("walk") + "@trygghetsnav");
        assertThat(Ics.value(walk, Property.DTSTART)).endsWith("Z").startsWith(TODAY.minusDays(40).toString().replace("-", ""));
        assertThat(Ics.value(walk, Property.SUMMARY)).isEqualTo("Trygghetsvandring i Limmared");
        assertThat(Ics.value(walk, Property.LOCATION)).isEqualTo("Torget, Limmared");
        assertThat(Ics.value(walk, Property.URL)).endsWith("/lagesbild/vandringar/" + ids.get("walk"));
        VEvent measure = events.get("measure-" + ids.get("measure") + "@trygghetsnav");
        assertThat(measure.<Property>getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow().getValue())
                .isEqualTo("DATE");
        assertThat(Ics.value(measure, Property.DTSTART)).isEqualTo(TODAY.minusDays(2).toString().replace("-", ""));
        assertThat(Ics.value(measure, Property.SUMMARY)).isEqualTo("Försenad: Åtgärd klar senast: Byt armaturer i gångtunneln");
        VEvent meeting = events.get("safety-meeting-" + ids.get("meeting") + "@trygghetsnav");
        assertThat(Ics.value(meeting, Property.SUMMARY)).isEqualTo("Trygghetsmöte i Limmared: Trygg skolväg");
        assertThat(Ics.value(meeting, Property.DTEND)).endsWith("Z");

        // wrong, junk and revoked tokens are not found
        mvc.perform(get("/kalender/" + Tokens.newToken() + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/kalender/inte-en-nyckel.ics")).andExpect(status().isNotFound());
        MvcResult renewed = mvc.perform(post("/lagesbild/arshjul/kalender")
                        .with(BrowserLikeCsrf.from(mvc, "/lagesbild/arshjul", fixtures.loggedIn(coordinator))))
                .andExpect(status().is3xxRedirection()).andReturn();
        String newUrl = (String) renewed.getFlashMap().get("feedUrl");
        mvc.perform(get("/kalender/" + token + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get(newUrl.replaceFirst("^https?://[^/]+", ""))).andExpect(status().isOk());
        mvc.perform(post("/lagesbild/arshjul/kalender/aterkalla")
                        .with(BrowserLikeCsrf.from(mvc, "/lagesbild/arshjul", fixtures.loggedIn(coordinator))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(newUrl.replaceFirst("^https?://[^/]+", ""))).andExpect(status().isNotFound());
        assertThat(page("/lagesbild/arshjul", coordinator)).contains("Det finns ingen kalenderlänk");

        // analysts may not make links
        mvc.perform(post("/lagesbild/arshjul/kalender").with(BrowserLikeCsrf.from(mvc, "/lagesbild/arshjul", fixtures.loggedIn(analyst))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFeedShowsOnlyItsOwnMunicipality() throws Exception {
        Fixtures.Person boras = fixtures.person(Fixtures.BORAS, fixtures.organisation(Fixtures.BORAS, "Borås Stad", "MUNICIPAL_DEPARTMENT"),
                Role.COORDINATOR);
        String url = (String) mvc.perform(post("/lagesbild/arshjul/kalender")
                        .with(BrowserLikeCsrf.from(mvc, "/lagesbild/arshjul", fixtures.loggedIn(boras))))
                .andReturn().getFlashMap().get("feedUrl");
        String ics = mvc.perform(get(url.replaceFirst("^https?://[^/]+", ""))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(ics).contains("Sandared").doesNotContain("Limmared", "BRÅ Unga", "Byt armaturer", "Tryggt i centrum");
        List<VEvent> events = Ics.validEvents(ics);
        assertThat(events).hasSize(1);
    }

    private long insert(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private String page(String url, Fixtures.Person person) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(url).with(fixtures.loggedIn(person))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

}
