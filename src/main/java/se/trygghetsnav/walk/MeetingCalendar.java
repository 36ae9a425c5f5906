package se.trygghetsnav.walk;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A safety meeting as an iCalendar file (RFC 5545): CRLF line endings, lines folded at 75 octets,
 * text escaped, times in UTC.
 */
final class MeetingCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private MeetingCalendar() {}

    static String ics(Meeting meeting, String municipalityName, String publicUrl, Instant now) {
        Instant start = meeting.meetingDate().atTime(meeting.startTime()).atZone(WalkService.SWEDEN).toInstant();
        Instant end = meeting.meetingDate().atTime(meeting.endTime()).atZone(WalkService.SWEDEN).toInstant();
        String location = meeting.place().isBlank() ? meeting.localityName() : meeting.place() + ", " + meeting.localityName();
        StringBuilder description = new StringBuilder(String.join("\n", meeting.agendaItems()));
        if (!meeting.invitedExperts().isBlank()) {
            description.append("\n\nMedverkande: ").append(meeting.invitedExperts());
        }
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Trygghetsnav//Trygghetsmöten//SV");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:safety-meeting-" + meeting.id() + "-" + meeting.municipalityCode() + "@trygghetsnav");
        line(out, "DTSTAMP:" + UTC.format(now));
        line(out, "DTSTART:" + UTC.format(start));
        line(out, "DTEND:" + UTC.format(end));
        line(out, "SUMMARY:" + escape(meeting.title()));
        line(out, "LOCATION:" + escape(location));
        line(out, "DESCRIPTION:" + escape(description.toString()));
        line(out, "ORGANIZER;CN=" + quoted(municipalityName) + ":mailto:noreply@trygghetsnav.invalid");
        line(out, "URL:" + publicUrl);
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
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
