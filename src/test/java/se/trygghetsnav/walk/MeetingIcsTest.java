package se.trygghetsnav.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.util.HtmlUtils;
import se.trygghetsnav.BrowserLikeCsrf;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.platform.Role;

/** The meeting's calendar file, parsed back with ical4j, and the public meeting page. */
class MeetingIcsTest extends IntegrationTest {

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private Fixtures fixtures;
    private Fixtures.Person coordinator;
    private long limmared;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        coordinator = fixtures.person(Fixtures.TRANEMO, fixtures.organisation(Fixtures.TRANEMO, "TSK", "MUNICIPAL_DEPARTMENT"),
                Role.COORDINATOR);
        limmared = jdbc.sql("INSERT INTO locality (municipality_code, name, latitude, longitude) VALUES ('1452', 'Limmared', 57.54, 13.36) RETURNING id")
                .query(Long.class).single();
    }

    @Test
    void theCalendarFileIsValidICalendarWithTheMeetingInUtc() throws Exception {
        Meeting meeting = new Meeting(7, "1452", limmared, "Limmared", null, LocalDate.of(2026, 6, 2), LocalTime.of(18, 0),
                LocalTime.of(20, 0), "Trygg väg till skolan; belysning, buskar och \\ annat", "Folkets hus, stora salen",
                Meeting.DEFAULT_AGENDA, "Kommunpolisen, Trafikverket", "", "");
        String ics = MeetingCalendar.ics(meeting, "Tranemo", "https://trygghetsnav.example/trygghet/1452/moten/7",
                Instant.parse("2026-05-20T08:00:00Z"));

        List<VEvent> events = Ics.validEvents(ics);
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(Ics.value(event, Property.SUMMARY)).isEqualTo("Trygghetsmöte i Limmared: Trygg väg till skolan; belysning, buskar och \\ annat");
        assertThat(Ics.value(event, Property.LOCATION)).isEqualTo("Folkets hus, stora salen, Limmared");
        // Summer time in Stockholm is UTC+2: 18.00–20.00 is 16.00–18.00 UTC.
        assertThat(Ics.value(event, Property.DTSTART)).isEqualTo("20260602T160000Z");
        assertThat(Ics.value(event, Property.DTEND)).isEqualTo("20260602T180000Z");
        assertThat(Ics.value(event, Property.DTSTAMP)).isEqualTo("20260520T080000Z");
        assertThat(Ics.value(event, Property.DESCRIPTION)).isEqualTo(String.join("\n", meeting.agendaItems())
                + "\n\nMedverkande: Kommunpolisen, Trafikverket");
        assertThat(Ics.value(event, Property.DESCRIPTION)).contains("18.00 Välkomna, uppföljning av trygghetsvandringen",
                "18.30 Fika", "18.45 Föreläsning utifrån önskat tema", "19.45 Frågor och dialog", "20.00 Tack för ikväll");
        assertThat(Ics.value(event, Property.UID)).isEqualTo("safety-meeting-7-1452@trygghetsnav");
    }

    @Test
    void winterTimeIsUtcPlusOne() throws Exception {
        Meeting meeting = new Meeting(8, "1452", limmared, "Limmared", null, LocalDate.of(2026, 12, 1), LocalTime.of(18, 0),
                LocalTime.of(20, 0), "", "", Meeting.DEFAULT_AGENDA, "", "", "");
        VEvent event = Ics.validEvents(MeetingCalendar.ics(meeting, "Tranemo", "https://x.example/",
                Instant.parse("2026-11-20T08:00:00Z"))).get(0);
        assertThat(Ics.value(event, Property.DTSTART)).isEqualTo("20261201T170000Z");
        assertThat(Ics.value(event, Property.SUMMARY)).isEqualTo("Trygghetsmöte i Limmared");
    }

    @Test
    void aWalksFollowUpMeetingHasAPublicPageAndCalendarFile() throws Exception {
        String walk = mvc.perform(post("/lagesbild/vandringar").with(BrowserLikeCsrf.from(mvc, "/lagesbild/vandringar/ny", fixtures.loggedIn(coordinator)))
                        .param("locality", String.valueOf(limmared)).param("date", "2026-05-12").param("time", "18:00"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(walk + "/avsluta").with(BrowserLikeCsrf.from(mvc, walk, fixtures.loggedIn(coordinator))))
                .andExpect(status().is3xxRedirection());
        String meetingPage = mvc.perform(post(walk + "/mote").with(BrowserLikeCsrf.from(mvc, walk, fixtures.loggedIn(coordinator))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(meetingPage).matches("/lagesbild/moten/\\d+");
        String id = meetingPage.substring(meetingPage.lastIndexOf('/') + 1);

        mvc.perform(post(meetingPage + "/efterat").with(BrowserLikeCsrf.from(mvc, meetingPage, fixtures.loggedIn(coordinator)))
                .param("notes", "Internt: tolv deltagare").param("questions", "Varför är det mörkt vid stationen? Lampan byts i juni."))
                .andExpect(status().is3xxRedirection());
        String internal = HtmlUtils.htmlUnescape(mvc.perform(get(meetingPage).with(fixtures.loggedIn(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(internal).contains("2026-06-02", "18:00–20:00", "Internt: tolv deltagare");
        assertThat(HtmlUtils.htmlUnescape(mvc.perform(get("/lagesbild/moten").with(fixtures.loggedIn(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))).contains("Limmared");

        String publicPage = HtmlUtils.htmlUnescape(mvc.perform(get("/trygghet/1452/moten/" + id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(publicPage).contains("Trygghetsmöte i Limmared", "2026-06-02", "18:00–20:00", "18.30 Fika",
                "20.00 Tack för ikväll", "Lampan byts i juni.", ".ics").doesNotContain("Internt: tolv deltagare");

        var ics = mvc.perform(get("/trygghet/1452/moten/" + id + ".ics")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(ics.getContentType()).startsWith("text/calendar");
        VEvent event = Ics.validEvents(ics.getContentAsString(StandardCharsets.UTF_8)).get(0);
        assertThat(Ics.value(event, Property.DTSTART)).isEqualTo("20260602T160000Z");
        assertThat(Ics.value(event, Property.URL)).endsWith("/trygghet/1452/moten/" + id);

        String coverage = HtmlUtils.htmlUnescape(mvc.perform(get("/lagesbild/vandringar/tackning?term=2022").with(fixtures.loggedIn(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(coverage).contains("Trygghetsmöten under perioden");
        assertThat(coverage.replaceAll("\\s+", " ")).contains("<td>2026-05-12</td> <td>1</td>");

        mvc.perform(get("/trygghet/1490/moten/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/trygghet/1490/moten/" + id + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/lagesbild/moten/" + id).with(fixtures.loggedIn(fixtures.person(Fixtures.BORAS,
                fixtures.organisation(Fixtures.BORAS, "Borås Stad", "MUNICIPAL_DEPARTMENT"), Role.COORDINATOR))))
                .andExpect(status().isNotFound());
    }

}
