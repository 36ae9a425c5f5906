package se.trygghetsnav.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WeekComparisonTest {

    @Test
    void comparesWithTheMeanOfTheWeeksBefore() {
        WeekComparison comparison = WeekComparison.of(7, new long[] {1, 2, 3, 2, 0, 4, 2, 2});
        assertThat(comparison.baseline()).isEqualTo(2.0);
        assertThat(comparison.difference()).isEqualTo(5.0);
        assertThat(comparison.direction()).isEqualTo("UP");
    }

    @Test
    void smallDifferencesCountAsLevel() {
        assertThat(WeekComparison.of(2, new long[] {2, 2, 3, 2, 2, 2, 2, 2}).direction()).isEqualTo("LEVEL");
        assertThat(WeekComparison.of(0, new long[] {1, 1, 1, 1, 1, 1, 1, 1}).direction()).isEqualTo("DOWN");
    }

    @Test
    void noHistoryMeansAZeroBaseline() {
        assertThat(WeekComparison.of(3, new long[0]).baseline()).isZero();
    }
}
