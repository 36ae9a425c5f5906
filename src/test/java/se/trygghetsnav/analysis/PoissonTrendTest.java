package se.trygghetsnav.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PoissonTrendTest {

    @Test
    void upperTailByHand() {
        // P(X >= c) = 1 - e^-λ Σ_{k<c} λ^k / k!
        assertThat(PoissonTrend.upperTailProbability(4, 1))
                .isCloseTo(1 - Math.exp(-1) * (1 + 1 + 1 / 2.0 + 1 / 6.0), within(1e-15))
                .isCloseTo(0.018988156876153808, within(1e-15));
        assertThat(PoissonTrend.upperTailProbability(5, 2))
                .isCloseTo(1 - Math.exp(-2) * (1 + 2 + 4 / 2.0 + 8 / 6.0 + 16 / 24.0), within(1e-15))
                .isCloseTo(0.052653017343711146, within(1e-15));
        assertThat(PoissonTrend.upperTailProbability(3, 0.5))
                .isCloseTo(1 - Math.exp(-0.5) * (1 + 0.5 + 0.25 / 2), within(1e-15))
                .isCloseTo(0.014387677966970687, within(1e-15));
        assertThat(PoissonTrend.upperTailProbability(1, 3)).isCloseTo(1 - Math.exp(-3), within(1e-15));
        assertThat(PoissonTrend.upperTailProbability(0, 3)).isEqualTo(1.0);
    }

    @Test
    void upperTailWithoutABaseline() {
        assertThat(PoissonTrend.upperTailProbability(0, 0)).isEqualTo(1.0);
        assertThat(PoissonTrend.upperTailProbability(1, 0)).isZero();
        assertThat(PoissonTrend.upperTailProbability(3, 0)).isZero();
    }

    @Test
    void upperTailEqualsRsPpoisAlsoFarInTheTail() {
        List<String[]> rows = ReferenceData.rows("ppois_upper.csv");
        assertThat(rows).hasSizeGreaterThan(200);
        for (String[] row : rows) {
            long count = Long.parseLong(row[0]);
            double lambda = Double.parseDouble(row[1]);
            double expected = Double.parseDouble(row[2]);
            double actual = PoissonTrend.upperTailProbability(count, lambda);
            String label = "P(X >= " + count + ") for λ = " + lambda;
            if (expected < 1e-290) {
                assertThat(actual).as(label).isLessThan(1e-290);
            } else {
                assertThat(actual).as(label).isCloseTo(expected, within(expected * 1e-12));
            }
        }
    }

    @Test
    void aRiseNeedsAtLeastThreeAndAProbabilityBelowFivePercent() {
        assertThat(PoissonTrend.isRise(4, 1)).isTrue(); // 0.0190
        assertThat(PoissonTrend.isRise(3, 0.5)).isTrue(); // 0.0144
        assertThat(PoissonTrend.isRise(5, 2)).isFalse(); // 0.0527
        assertThat(PoissonTrend.isRise(6, 2)).isTrue(); // 0.0166
        assertThat(PoissonTrend.isRise(3, 3)).isFalse();
        assertThat(PoissonTrend.isRise(2, 0.01)).isFalse(); // improbable, but two are never a rise
        assertThat(PoissonTrend.isRise(2, 0)).isFalse();
        assertThat(PoissonTrend.isRise(0, 0)).isFalse();
        assertThat(PoissonTrend.isRise(3, 0)).isTrue(); // three where there were none
    }

    @Test
    void evaluatesAWeekAgainstTheMeanOfThePreviousWeeks() {
        PoissonTrend.Trend trend = PoissonTrend.evaluate(4, new long[] {1, 0, 2, 1, 1, 0, 2, 1});

        assertThat(trend.count()).isEqualTo(4);
        assertThat(trend.baseline()).isEqualTo(1.0);
        assertThat(trend.probability()).isCloseTo(0.018988156876153808, within(1e-15));
        assertThat(trend.rise()).isTrue();
    }

    @Test
    void aQuietWeekAfterQuietWeeksIsNoRise() {
        PoissonTrend.Trend trend = PoissonTrend.evaluate(5, new long[] {2, 3, 1, 2, 2, 1, 3, 2});

        assertThat(trend.baseline()).isEqualTo(2.0);
        assertThat(trend.probability()).isCloseTo(0.052653017343711146, within(1e-15));
        assertThat(trend.rise()).isFalse();
    }

    @Test
    void threeAfterEightEmptyWeeksIsARise() {
        PoissonTrend.Trend trend = PoissonTrend.evaluate(3, new long[8]);

        assertThat(trend.baseline()).isZero();
        assertThat(trend.probability()).isZero();
        assertThat(trend.rise()).isTrue();
    }

    @Test
    void rejectsNegativeCountsBadMeansAndNoHistory() {
        assertThatThrownBy(() -> PoissonTrend.upperTailProbability(-1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PoissonTrend.upperTailProbability(1, -0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PoissonTrend.upperTailProbability(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PoissonTrend.upperTailProbability(1, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PoissonTrend.evaluate(3, new long[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PoissonTrend.evaluate(3, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PoissonTrend.evaluate(3, new long[] {1, -2})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PoissonTrend.evaluate(-3, new long[] {1, 2})).isInstanceOf(IllegalArgumentException.class);
    }
}
