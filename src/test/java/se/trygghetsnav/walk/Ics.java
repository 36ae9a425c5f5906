package se.trygghetsnav.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** iCalendar text checked the way a calendar program reads it: CRLF lines of at most 75 octets, valid for ical4j. */
final class Ics {

    private Ics() {}

    /** The events of a calendar that passes RFC 5545's line rules and ical4j's validation. */
    static List<VEvent> validEvents(String ics) throws Exception {
        assertThat(ics).endsWith("\r\n").doesNotContain("\r\n\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        return calendar.getComponents(Component.VEVENT);
    }

    static String value(VEvent event, String name) {
        return event.<Property>getProperty(name).orElseThrow().getValue();
    }
}
