package se.trygghetsnav.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FalseDiscoveryRateTest {

    @Test
    void keepsTheTestsUpToTheLargestRankBelowItsThreshold() {
        // m = 5, alpha 0.05: thresholds k/5 · 0.05 = 0.01, 0.02, 0.03, 0.04, 0.05.
        // Sorted: 0.005 <= 0.01 yes, 0.010 <= 0.02 yes, 0.029 <= 0.03 yes, 0.041 <= 0.04 no, 0.5 <= 0.05 no.
        // Largest passing rank 3: the tests with p <= 0.029 are significant.
        double[] p = {0.010, 0.041, 0.029, 0.005, 0.5};

        assertThat(FalseDiscoveryRate.benjaminiHochberg(p, 0.05)).containsExactly(true, false, true, true, false);
    }

    @Test
    void stepsUpPastATestThatMissesItsOwnThreshold() {
        // m = 4, alpha 0.05: thresholds 0.0125, 0.025, 0.0375, 0.05.
        // 0.03 misses 0.025 at rank 2, but 0.035 passes 0.0375 at rank 3, so ranks 1-3 all count.
        double[] p = {0.9, 0.035, 0.001, 0.03};

        assertThat(FalseDiscoveryRate.benjaminiHochberg(p, 0.05)).containsExactly(false, true, true, true);
    }

    @Test
    void isStricterThanTestingEachAtAlpha() {
        // Three p-values below 0.05 on their own, but with m = 4 the thresholds are 0.0125, 0.025,
        // 0.0375, 0.05: 0.055 > 0.05 at rank 4, 0.04 > 0.0375, 0.03 > 0.025, 0.02 > 0.0125: none.
        double[] p = {0.02, 0.03, 0.04, 0.055};

        assertThat(FalseDiscoveryRate.benjaminiHochberg(p, 0.05)).containsOnly(false);
    }

    @Test
    void decidesTiedPValuesTogetherAndIncludesTheThresholdItself() {
        assertThat(FalseDiscoveryRate.benjaminiHochberg(new double[] {0.02, 0.02, 0.02}, 0.05)).containsOnly(true);
        // m = 2, both equal to alpha: rank 2 threshold is exactly 2/2 · 0.05.
        assertThat(FalseDiscoveryRate.benjaminiHochberg(new double[] {0.05, 0.05}, 0.05)).containsOnly(true);
        assertThat(FalseDiscoveryRate.benjaminiHochberg(new double[] {0.0500001, 0.0500001}, 0.05)).containsOnly(false);
    }

    @Test
    void aSingleTestIsJudgedAtAlpha() {
        assertThat(FalseDiscoveryRate.benjaminiHochberg(new double[] {0.04}, 0.05)).containsExactly(true);
        assertThat(FalseDiscoveryRate.benjaminiHochberg(new double[] {0.06}, 0.05)).containsExactly(false);
    }

    @Test
    void noTestsGiveNoAnswers() {
        assertThat(FalseDiscoveryRate.benjaminiHochberg(new double[0], 0.05)).isEmpty();
    }

    @Test
    void doesNotReorderItsInput() {
        double[] p = {0.9, 0.035, 0.001, 0.03};
        FalseDiscoveryRate.benjaminiHochberg(p, 0.05);
        assertThat(p).containsExactly(0.9, 0.035, 0.001, 0.03);
    }

    @Test
    void rejectsPValuesAndAlphaOutOfRange() {
        assertThatThrownBy(() -> FalseDiscoveryRate.benjaminiHochberg(new double[] {0.1, 1.5}, 0.05))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p-value 1");
        assertThatThrownBy(() -> FalseDiscoveryRate.benjaminiHochberg(new double[] {-0.1}, 0.05))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FalseDiscoveryRate.benjaminiHochberg(new double[] {Double.NaN}, 0.05))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FalseDiscoveryRate.benjaminiHochberg(new double[] {0.1}, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alpha");
        assertThatThrownBy(() -> FalseDiscoveryRate.benjaminiHochberg(new double[] {0.1}, 1.2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FalseDiscoveryRate.benjaminiHochberg(null, 0.05))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
