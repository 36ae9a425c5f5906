package se.trygghetsnav.walk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The årshjul as an iCalendar feed (RFC 5545): one VEVENT per entry, timed entries in UTC, whole days
 * as DATE values, stable UIDs such as {@code walk-12@trygghetsnav}. Escaping and line folding are
 * {@link MeetingCalendar}'s.
 */
final class CalendarFeed {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private CalendarFeed() {}

    /**
     * @param baseUrl the application's address without a trailing slash; entry paths are appended
     */
    static String ics(String municipalityName, List<YearWheel.Entry> entries, String baseUrl, LocalDate today, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Trygghetsnav//Årshjul//SV");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + MeetingCalendar.escape("Årshjul trygghetsarbete " + municipalityName));
        line(out, "X-WR-TIMEZONE:Europe/Stockholm");
        line(out, "X-PUBLISHED-TTL:PT6H");
        for (YearWheel.Entry entry : entries) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + entry.uid() + "@trygghetsnav");
            line(out, "DTSTAMP:" + UTC.format(now));
            if (entry.allDay()) {
                line(out, "DTSTART;VALUE=DATE:" + DATE.format(entry.date()));
                line(out, "DTEND;VALUE=DATE:" + DATE.format(entry.date().plusDays(1)));
                line(out, "TRANSP:TRANSPARENT");
            } else {
                line(out, "DTSTART:" + UTC.format(entry.date().atTime(entry.start()).atZone(WalkService.SWEDEN).toInstant()));
                line(out, "DTEND:" + UTC.format(entry.date().atTime(entry.end()).atZone(WalkService.SWEDEN).toInstant()));
            }
            boolean overdue = YearWheel.overdue(entry, today);
            line(out, "SUMMARY:" + MeetingCalendar.escape((overdue ? "Försenad: " : "") + entry.title()));
            String description = entry.description();
            if (entry.kind().deadline()) {
                String state = entry.done() ? "Klar." : overdue ? "Försenad." : "Inte klar ännu.";
                description = description.isBlank() ? state : description + "\n" + state;
            }
            if (!description.isBlank()) {
                line(out, "DESCRIPTION:" + MeetingCalendar.escape(description));
            }
            if (!entry.location().isBlank()) {
                line(out, "LOCATION:" + MeetingCalendar.escape(entry.location()));
            }
            line(out, "ORGANIZER;CN=\"" + municipalityName.replace("\"", "") + "\":mailto:noreply@trygghetsnav.invalid");
            line(out, "URL:" + baseUrl + entry.path());
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void line(StringBuilder out, String content) {
        out.append(MeetingCalendar.fold(content)).append("\r\n");
    }
}
