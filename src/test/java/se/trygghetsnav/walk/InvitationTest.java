package se.trygghetsnav.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The suggested invitations for the web and social media. */
class InvitationTest {

    @Test
    void datesAreInSwedishLongFormAndTimesWithAPeriod() {
        assertThat(Invitation.longDate(LocalDate.of(2026, 1, 8))).isEqualTo("torsdag 8 januari 2026");
        assertThat(Invitation.longDate(LocalDate.of(2026, 6, 2))).isEqualTo("tisdag 2 juni 2026");
        assertThat(Invitation.time(LocalTime.of(18, 0))).isEqualTo("18.00");
        assertThat(Invitation.time(LocalTime.of(9, 5))).isEqualTo("09.05");
    }

    @Test
    void aWalkInvitationHasDateTimeMeetingPointLocalityAndLink() {
        Walk walk = new Walk(5, "1452", 1, "Limmared", LocalDate.of(2026, 1, 8), LocalTime.of(18, 0),
                "Torget vid biblioteket.", "", "", "", null, null, null, false, null, false, 0, false);
        String text = Invitation.forWalk(walk, "Tranemo kommun", "https://trygghetsnav.example/trygghet/1452/vandringar/5");
        assertThat(text).startsWith("Välkommen på trygghetsvandring i Limmared torsdag 8 januari 2026 kl. 18.00!")
                .contains("Vi samlas vid Torget vid biblioteket.", "Läs mer och lägg till i kalendern: https://trygghetsnav.example/trygghet/1452/vandringar/5")
                .endsWith("Tranemo kommun")
                .doesNotContain("biblioteket..");
    }

    @Test
    void aWalkWithoutMeetingPointSaysNothingAboutIt() {
        Walk walk = new Walk(5, "1452", 1, "Limmared", LocalDate.of(2026, 1, 8), LocalTime.of(18, 0),
                "", "", "", "", null, null, null, false, null, false, 0, false);
        assertThat(Invitation.forWalk(walk, "Tranemo kommun", "https://x.example/")).doesNotContain("samlas");
    }

    @Test
    void aMeetingInvitationHasTimeSpanPlaceThemeExpertsAndLink() {
        Meeting meeting = new Meeting(7, "1452", 1, "Limmared", null, LocalDate.of(2026, 6, 2), LocalTime.of(18, 0),
                LocalTime.of(20, 0), "Trygg väg till skolan", "Folkets hus", Meeting.DEFAULT_AGENDA, "Kommunpolisen", "", "");
        String text = Invitation.forMeeting(meeting, "Tranemo kommun", "https://trygghetsnav.example/trygghet/1452/moten/7");
        assertThat(text).startsWith("Välkommen på öppet trygghetsmöte i Limmared tisdag 2 juni 2026 kl. 18.00–20.00, Folkets hus!")
                .contains("Kvällens tema: Trygg väg till skolan.", "Medverkande: Kommunpolisen.",
                        "Program och kalenderfil: https://trygghetsnav.example/trygghet/1452/moten/7")
                .endsWith("Tranemo kommun");
    }
}
