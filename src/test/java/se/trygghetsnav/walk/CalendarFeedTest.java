package se.trygghetsnav.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
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

        assertThat(ics).endsWith("\r\n").doesNotContain("\r\n\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(3);

        VEvent first = events.get(0);
        assertThat(value(first, Property.UID)).isEqualTo("walk-12@trygghetsnav");
        // winter: 18.00 in Stockholm is 17.00 UTC
        assertThat(value(first, Property.DTSTART)).isEqualTo("20260108T170000Z");
        assertThat(value(first, Property.DTEND)).isEqualTo("20260108T190000Z");
        assertThat(value(first, Property.SUMMARY)).isEqualTo("Försenad: Trygghetsvandring i Limmared");
        assertThat(value(first, Property.LOCATION)).isEqualTo("Torget, Limmared");
        assertThat(value(first, Property.URL)).isEqualTo("https://trygghetsnav.example/lagesbild/vandringar/12");
        assertThat(value(first, Property.DTSTAMP)).isEqualTo("20260615T080000Z");

        VEvent second = events.get(1);
        assertThat(second.<Property>getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow().getValue())
                .isEqualTo("DATE");
        assertThat(value(second, Property.DTSTART)).isEqualTo("20260831");
        assertThat(value(second, Property.DTEND)).isEqualTo("20260901");
        assertThat(value(second, Property.SUMMARY)).startsWith("Åtgärd klar senast: Byt armaturer; beskär buskar, och");
        assertThat(value(second, Property.DESCRIPTION)).isEqualTo("Inte klar ännu.");

        VEvent third = events.get(2);
        assertThat(value(third, Property.UID)).isEqualTo("promise-follow-up-3-2026@trygghetsnav");
        assertThat(value(third, Property.DESCRIPTION)).isEqualTo("Klar.");
        assertThat(value(third, Property.URL)).endsWith("/uppfoljning?ar=2026");
    }

    private static String value(VEvent event, String name) {
        return event.<Property>getProperty(name).orElseThrow().getValue();
    }
}
