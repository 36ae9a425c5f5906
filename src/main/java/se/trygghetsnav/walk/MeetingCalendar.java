package se.trygghetsnav.walk;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A safety meeting or a safety walk as an iCalendar file (RFC 5545): CRLF line endings, lines folded at 75 octets,
 * text escaped, times in UTC.
 */
final class MeetingCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private MeetingCalendar() {}

    /** One calendar event, times as instants (written in UTC). */
    record Event(String uid, String summary, String location, String description, Instant start, Instant end, String url) {}

    /** A safety walk is planned to take about two hours. */
    static final Duration WALK_DURATION = Duration.ofHours(2);

    static String ics(Meeting meeting, String municipalityName, String publicUrl, Instant now) {
        Instant start = meeting.meetingDate().atTime(meeting.startTime()).atZone(WalkService.SWEDEN).toInstant();
        Instant end = meeting.meetingDate().atTime(meeting.endTime()).atZone(WalkService.SWEDEN).toInstant();
        String location = meeting.place().isBlank() ? meeting.localityName() : meeting.place() + ", " + meeting.localityName();
        StringBuilder description = new StringBuilder(String.join("\n", meeting.agendaItems()));
        if (!meeting.invitedExperts().isBlank()) {
            description.append("\n\nMedverkande: ").append(meeting.invitedExperts());
        }
        return ics(new Event("safety-meeting-" + meeting.id() + "-" + meeting.municipalityCode() + "@trygghetsnav",
                meeting.title(), location, description.toString(), start, end, publicUrl), municipalityName, now);
    }

    /** A safety walk: starts at its meeting point, lasts about two hours. */
    static String ics(Walk walk, String municipalityName, String publicUrl, Instant now) {
        Instant start = walk.walkDate().atTime(walk.startTime()).atZone(WalkService.SWEDEN).toInstant();
        String location = walk.meetingPoint().isBlank() ? walk.localityName() : walk.meetingPoint() + ", " + walk.localityName();
        String description = walk.invitation().isBlank()
                ? "Trygghetsvandring i " + walk.localityName() + ". Samling: " + location + "."
                : walk.invitation();
        return ics(new Event("safety-walk-" + walk.id() + "-" + walk.municipalityCode() + "@trygghetsnav",
                "Trygghetsvandring i " + walk.localityName(), location, description, start, start.plus(WALK_DURATION), publicUrl),
                municipalityName, now);
    }

    static String ics(Event event, String organiserName, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Trygghetsnav//Trygghetsmöten//SV");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + event.uid());
        line(out, "DTSTAMP:" + UTC.format(now));
        line(out, "DTSTART:" + UTC.format(event.start()));
        line(out, "DTEND:" + UTC.format(event.end()));
        line(out, "SUMMARY:" + escape(event.summary()));
        line(out, "LOCATION:" + escape(event.location()));
        line(out, "DESCRIPTION:" + escape(event.description()));
        line(out, "ORGANIZER;CN=" + quoted(organiserName) + ":mailto:noreply@trygghetsnav.invalid");
        line(out, "URL:" + event.url());
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** The calendar file as a download, always fresh. */
    static ResponseEntity<String> download(String ics, String fileName) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .cacheControl(CacheControl.noCache())
                .body(ics);
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and newlines. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    private static String quoted(String parameter) {
        return "\"" + parameter.replace("\"", "") + "\"";
    }

    private static void line(StringBuilder out, String content) {
        out.append(fold(content)).append("\r\n");
    }

    /** Folds a content line at 75 octets (UTF-8), never inside a character; continuation lines start with a space. */
    static String fold(String content) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
