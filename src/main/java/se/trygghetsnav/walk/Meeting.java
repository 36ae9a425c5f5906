package se.trygghetsnav.walk;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/** A safety meeting as read from the database. */
public record Meeting(long id, String municipalityCode, long localityId, String localityName, Long walkId,
        LocalDate meetingDate, LocalTime startTime, LocalTime endTime, String theme, String place, String agenda,
        String invitedExperts, String notes, String questions) {

    /** The agenda of the seed's open meetings in Tranemo; one item a line. */
    public static final String DEFAULT_AGENDA = """
            18.00 Välkomna, uppföljning av trygghetsvandringen, kommunpolisen ger nulägesbeskrivning
            18.30 Fika
            18.45 Föreläsning utifrån önskat tema
            19.45 Frågor och dialog
            20.00 Tack för ikväll""";

    public static final LocalTime DEFAULT_START = LocalTime.of(18, 0);
    public static final LocalTime DEFAULT_END = LocalTime.of(20, 0);

    public List<String> agendaItems() {
        return Arrays.stream(agenda.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public String title() {
        return "Trygghetsmöte i " + localityName + (theme.isBlank() ? "" : ": " + theme);
    }
}
