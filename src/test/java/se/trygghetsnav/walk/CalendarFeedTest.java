package se.trygghetsnav.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import se.trygghetsnav.walk.YearWheel.Entry;
import se.trygghetsnav.walk.YearWheel.Kind;

/** The årshjul feed as text, parsed back with ical4j. */
class CalendarFeedTest {

    @Test
    void timedEntriesAreInUtcAndWholeDaysAreDates() throws Exception {
        LocalDate today = LocalDate.of(2026, 6, 15);
        Entry walk = new Entry(Kind.WALK, 12, "", LocalDate.of(2026, 1, 8), LocalTime.of(18, 0), LocalTime.of(20, 0),
                "Limmared", "Trygghetsvandring i Limmared", "Torget, Limmared", "Samling: Torget",
                "/lagesbild/vandringar/12", false);
        Entry measure = new Entry(Kind.MEASURE_DEADLINE, 7, "", LocalDate.of(2026, 8, 31), null, null, "Belysning",
                "Åtgärd klar senast: Byt armaturer; beskär buskar, och rensa i gångtunneln vid stationen i Limmared (lång text)",
                "", "", "/lagesbild/atgarder/7", false);
        Entry followUp = new Entry(Kind.PROMISE_FOLLOW_UP, 3, "2026", LocalDate.of(2026, 12, 31), null, null, "", "Årlig uppföljning",
                "", "", "/lagesbild/medborgarloften/3/uppfoljning?ar=2026", true);
        String ics = CalendarFeed.ics("Tranemo", List.of(walk, measure, followUp), "https://trygghetsnav.example", today,
                Instant.parse("2026-06-15T08:00:00Z"));

        List<VEvent> events = Ics.validEvents(ics);
        assertThat(events).hasSize(3);

        VEvent first = events.get(0);
        assertThat(Ics.value(first, Property.UID)).isEqualTo("walk-12@trygghetsnav");
        // winter: 18.00 in Stockholm is 17.00 UTC
        assertThat(Ics.value(first, Property.DTSTART)).isEqualTo("20260108T170000Z");
        assertThat(Ics.value(first, Property.DTEND)).isEqualTo("20260108T190000Z");
        assertThat(Ics.value(first, Property.SUMMARY)).isEqualTo("Försenad: Trygghetsvandring i Limmared");
        assertThat(Ics.value(first, Property.LOCATION)).isEqualTo("Torget, Limmared");
        assertThat(Ics.value(first, Property.URL)).isEqualTo("https://trygghetsnav.example/lagesbild/vandringar/12");
        assertThat(Ics.value(first, Property.DTSTAMP)).isEqualTo("20260615T080000Z");

        VEvent second = events.get(1);
        assertThat(second.<Property>getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow().getValue())
                .isEqualTo("DATE");
        assertThat(Ics.value(second, Property.DTSTART)).isEqualTo("20260831");
        assertThat(Ics.value(second, Property.DTEND)).isEqualTo("20260901");
        assertThat(Ics.value(second, Property.SUMMARY)).startsWith("Åtgärd klar senast: Byt armaturer; beskär buskar, och");
        assertThat(Ics.value(second, Property.DESCRIPTION)).isEqualTo("Inte klar ännu.");

        VEvent third = events.get(2);
        assertThat(Ics.value(third, Property.UID)).isEqualTo("promise-follow-up-3-2026@trygghetsnav");
        assertThat(Ics.value(third, Property.DESCRIPTION)).isEqualTo("Klar.");
        assertThat(Ics.value(third, Property.URL)).endsWith("/uppfoljning?ar=2026");
    }

}
