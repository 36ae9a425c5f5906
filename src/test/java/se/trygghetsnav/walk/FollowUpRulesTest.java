package se.trygghetsnav.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The follow-up rules of a safety walk, without Spring. */
class FollowUpRulesTest {

    @Test
    void theMeetingIsThreeWeeksAfterAWalkWhenThatIsATuesdayToThursday() {
        assertThat(FollowUpRules.followUpMeeting(LocalDate.of(2026, 5, 12))).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(FollowUpRules.followUpMeeting(LocalDate.of(2026, 5, 13))).isEqualTo(LocalDate.of(2026, 6, 3));
        assertThat(FollowUpRules.followUpMeeting(LocalDate.of(2026, 5, 14))).isEqualTo(LocalDate.of(2026, 6, 4));
    }

    @Test
    void aMeetingThatWouldFallOnFridayToMondayMovesToTheNextTuesday() {
        assertThat(FollowUpRules.followUpMeeting(LocalDate.of(2026, 5, 15))).isEqualTo(LocalDate.of(2026, 6, 9));
        assertThat(FollowUpRules.followUpMeeting(LocalDate.of(2026, 5, 16))).isEqualTo(LocalDate.of(2026, 6, 9));
        assertThat(FollowUpRules.followUpMeeting(LocalDate.of(2026, 5, 17))).isEqualTo(LocalDate.of(2026, 6, 9));
        assertThat(FollowUpRules.followUpMeeting(LocalDate.of(2026, 5, 11))).isEqualTo(LocalDate.of(2026, 6, 2));
    }

    @Test
    void everyMeetingIsATuesdayToThursdayEveningWithinAMonthOfTheWalk() {
        for (LocalDate walk = LocalDate.of(2026, 1, 1); walk.getYear() < 2028; walk = walk.plusDays(1)) {
            LocalDate meeting = FollowUpRules.followUpMeeting(walk);
            assertThat(meeting).isAfter(walk).isBeforeOrEqualTo(walk.plusMonths(1));
            assertThat(meeting.getDayOfWeek()).isIn(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
            assertThat(ChronoUnit.DAYS.between(walk, meeting)).isBetween(21L, 25L);
        }
    }

    @Test
    void theFeedbackIsSixMonthsAfterTheWalk() {
        assertThat(FollowUpRules.feedback(LocalDate.of(2026, 5, 12))).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(FollowUpRules.feedback(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void aFollowUpIsOverdueOnlyWhenItsDateHasPassedAndItIsNotDone() {
        LocalDate due = LocalDate.of(2026, 6, 2);
        assertThat(FollowUpRules.overdue(due, false, LocalDate.of(2026, 6, 3))).isTrue();
        assertThat(FollowUpRules.overdue(due, false, due)).isFalse();
        assertThat(FollowUpRules.overdue(due, true, LocalDate.of(2026, 6, 3))).isFalse();
        assertThat(FollowUpRules.overdue(null, false, LocalDate.of(2026, 6, 3))).isFalse();
    }
}
