package se.trygghetsnav.barometer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallCountsTest {

    @Test
    void countsBelowFiveAreSuppressed() {
        assertThat(SmallCounts.count(0)).isEqualTo("<5");
        assertThat(SmallCounts.count(4)).isEqualTo("<5");
        assertThat(SmallCounts.count(5)).isEqualTo("5");
        assertThat(SmallCounts.count(120)).isEqualTo("120");
    }

    @Test
    void sharesOfSuppressedCountsAreHidden() {
        assertThat(SmallCounts.percent(4, 10)).isEqualTo("–");
        assertThat(SmallCounts.percent(5, 8)).isEqualTo("63 %");
        assertThat(SmallCounts.percent(21, 26)).isEqualTo("81 %");
    }
}
