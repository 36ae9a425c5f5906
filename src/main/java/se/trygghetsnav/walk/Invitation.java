package se.trygghetsnav.walk;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The suggested invitation to a safety walk or an open safety meeting, for the municipality's web
 * site and social media: the date in Swedish long form, the time, where to meet, the locality and
 * the public page. The coordinator may edit it; the edited text then replaces the suggestion.
 */
public final class Invitation {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", SWEDISH);

    private Invitation() {}

    /** "torsdag 8 januari 2026" */
    public static String longDate(LocalDate date) {
        return LONG_DATE.format(date);
    }

    /** "18.00", the Swedish way of writing a time of day in running text. */
    public static String time(LocalTime time) {
        return String.format(Locale.ROOT, "%02d.%02d", time.getHour(), time.getMinute());
    }

    public static String forWalk(Walk walk, String municipalityName, String publicUrl) {
        StringBuilder text = new StringBuilder();
        text.append("Välkommen på trygghetsvandring i ").append(walk.localityName()).append(' ')
                .append(longDate(walk.walkDate())).append(" kl. ").append(time(walk.startTime())).append('!');
        if (!walk.meetingPoint().isBlank()) {
            text.append(" Vi samlas vid ").append(stripStop(walk.meetingPoint())).append('.');
        }
        text.append("\n\nTillsammans går vi genom ").append(walk.localityName())
                .append(" och tittar på platser som känns otrygga: belysning, buskar som skymmer sikten, klotter,")
                .append(" nedskräpning och trafik. Det du ser blir underlag för åtgärder, och om ett halvår berättar vi")
                .append(" vad som har hänt. Alla som bor, arbetar eller driver verksamhet i orten är välkomna.");
        text.append("\n\nLäs mer och lägg till i kalendern: ").append(publicUrl);
        text.append("\n\n").append(municipalityName);
        return text.toString();
    }

    public static String forMeeting(Meeting meeting, String municipalityName, String publicUrl) {
        StringBuilder text = new StringBuilder();
        text.append("Välkommen på öppet trygghetsmöte i ").append(meeting.localityName()).append(' ')
                .append(longDate(meeting.meetingDate())).append(" kl. ").append(time(meeting.startTime())).append('–')
                .append(time(meeting.endTime()));
        if (!meeting.place().isBlank()) {
            text.append(", ").append(stripStop(meeting.place()));
        }
        text.append('!');
        if (!meeting.theme().isBlank()) {
            text.append(" Kvällens tema: ").append(stripStop(meeting.theme())).append('.');
        }
        if (!meeting.invitedExperts().isBlank()) {
            text.append(" Medverkande: ").append(stripStop(meeting.invitedExperts())).append('.');
        }
        text.append("\n\nVi berättar vad som görs för tryggheten i ").append(meeting.localityName())
                .append(", bjuder på fika och svarar på dina frågor. Alla är välkomna.");
        text.append("\n\nProgram och kalenderfil: ").append(publicUrl);
        text.append("\n\n").append(municipalityName);
        return text.toString();
    }

    private static String stripStop(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
