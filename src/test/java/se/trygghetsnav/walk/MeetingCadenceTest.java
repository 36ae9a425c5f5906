package se.trygghetsnav.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When a working group is due to meet next, without Spring. */
class MeetingCadenceTest {

    private final LocalDate today = LocalDate.of(2026, 11, 23);

    @Test
    void twoHalfDaysAYearMeansEverySixMonths() {
        assertThat(MeetingCadence.nextDue(LocalDate.of(2026, 3, 10), 2, today)).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(MeetingCadence.nextDue(LocalDate.of(2026, 3, 10), 4, today)).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(MeetingCadence.nextDue(LocalDate.of(2026, 3, 10), 1, today)).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(MeetingCadence.nextDue(LocalDate.of(2026, 1, 31), 12, today)).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void aGroupThatHasNeverMetIsDueToday() {
        assertThat(MeetingCadence.nextDue(null, 2, today)).isEqualTo(today);
    }

    @Test
    void theCadenceIsOneToTwelveMeetingsAYear() {
        assertThatThrownBy(() -> MeetingCadence.nextDue(null, 0, today)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MeetingCadence.nextDue(null, 13, today)).isInstanceOf(IllegalArgumentException.class);
    }
}
