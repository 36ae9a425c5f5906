package se.trygghetsnav.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SignificanceTest {

    @Test
    void pValueIsTwoSidedNormal() {
        assertThat(Significance.pValue(0)).isEqualTo(1.0);
        assertThat(Significance.pValue(1.96)).isCloseTo(0.049995790296440856, within(1e-15));
        assertThat(Significance.pValue(-1.96)).isEqualTo(Significance.pValue(1.96));
        assertThat(Significance.pValue(2.576)).isCloseTo(0.0099950646314700322, within(1e-15));
        assertThat(Significance.pValue(1.645)).isCloseTo(0.09996, within(1e-5));
        assertThat(Significance.pValue(Double.POSITIVE_INFINITY)).isZero();
        assertThat(Significance.pValue(40)).isZero();
    }

    @Test
    void pValueEqualsRsPnormToTheLastDigits() {
        List<String[]> rows = ReferenceData.rows("pnorm_two_sided.csv");
        assertThat(rows).hasSizeGreaterThan(50);
        for (String[] row : rows) {
            double z = Double.parseDouble(row[0]);
            double expected = Double.parseDouble(row[1]);
            assertThat(Significance.pValue(z)).as("z = %s", row[0]).isCloseTo(expected, within(expected * 1e-14));
        }
    }

    @Test
    void binsFollowArcGisCriticalValues() {
        double[] z = {0, 1.6449, 1.645, -1.645, 1.9599, 1.96, -1.96, 2.5759, 2.576, -2.576, 8, -8};

        assertThat(Significance.bins(z)).containsExactly(0, 0, 1, -1, 1, 2, -2, 2, 3, -3, 3, -3);
        assertThat(Significance.bin(-0.0)).isZero();
    }

    @Test
    void fdrLowersBinsOfCellsThatStandOutOnlyByChanceAmongMany() {
        // Ten cells, p-values 0.0027 (z 3), 0.0455 (z 2), 0.0891 (z 1.7) and seven of 1.
        // BH, thresholds k/10 · alpha: at 0.10 only rank 1 passes (0.0027 <= 0.01; 0.0455 > 0.02,
        // 0.0891 > 0.03); at 0.05 rank 1 too (<= 0.005); at 0.01 none (0.0027 > 0.001).
        // The z = 3 cell passes the 0.05 level: 2 (instead of 3); the others drop to 0.
        double[] z = {3, 2, -1.7, 0, 0, 0, 0, 0, 0, 0};

        assertThat(Significance.bins(z)).containsExactly(3, 2, -1, 0, 0, 0, 0, 0, 0, 0);
        assertThat(Significance.binsWithFdr(z)).containsExactly(2, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(Significance.binsWithFdr(z, 0.10)).containsExactly(2, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void fdrKeepsTheBinsOfCellsThatAreAllClearlySignificant() {
        // p: 6.3e-5, 6.3e-5, 0.0027, 0.0069; at 0.01 the largest, 0.0069 · 4 = 0.028 <= 4 · 0.01.
        double[] z = {4, -4, 3, 2.7};

        assertThat(Significance.binsWithFdr(z)).containsExactly(3, -3, 3, 3);
    }

    @Test
    void fdrNeverRaisesABin() {
        // |z| = 1.6449 has p = 0.09999 < 0.10, so BH at 0.10 passes the lone cell, but it is below
        // the critical 1.645 and has bin 0 without correction: it stays 0.
        assertThat(Significance.binsWithFdr(new double[] {1.6449})).containsExactly(0);
        double[] z = new double[200];
        Random random = new Random(7);
        for (int i = 0; i < z.length; i++) {
            z[i] = random.nextGaussian() * 2;
        }
        int[] plain = Significance.bins(z);
        int[] corrected = Significance.binsWithFdr(z);
        for (int i = 0; i < z.length; i++) {
            assertThat(Math.abs(corrected[i])).isLessThanOrEqualTo(Math.abs(plain[i]));
            assertThat(corrected[i] * plain[i]).isGreaterThanOrEqualTo(0);
        }
        assertThat(Arrays.stream(corrected).filter(b -> b != 0).count())
                .isLessThan(Arrays.stream(plain).filter(b -> b != 0).count());
    }

    @Test
    void qLimitsTheLevelsThatCanBeGranted() {
        double[] z = {4, -4, 3, 2.7, 2.1, 1.8, 0, 0};
        // m = 8, p: 6.3e-5, 6.3e-5, 0.0027, 0.0069, 0.0357, 0.0719, 1, 1.
        // BH at 0.10 (k · 0.0125): rank 6 passes (0.0719 <= 0.075), so the first six reach level 1.
        // BH at 0.05 (k · 0.00625): ranks 6 and 5 miss (0.0357 > 0.03125), rank 4 passes (0.0069 <= 0.025).
        // BH at 0.01 (k · 0.00125): rank 4 misses (0.0069 > 0.005), rank 3 passes (0.0027 <= 0.00375).
        // q = 0.10 grants every level; 0.05 no ±1; 0.01 only ±3.
        int[] all = Significance.binsWithFdr(z, 0.10);
        int[] without90 = Significance.binsWithFdr(z, 0.05);
        int[] only99 = Significance.binsWithFdr(z, 0.01);

        assertThat(Significance.bins(z)).containsExactly(3, -3, 3, 3, 2, 1, 0, 0);
        assertThat(all).containsExactly(3, -3, 3, 2, 1, 1, 0, 0);
        assertThat(without90).containsExactly(3, -3, 3, 2, 0, 0, 0, 0);
        assertThat(only99).containsExactly(3, -3, 3, 0, 0, 0, 0, 0);
    }

    @Test
    void rejectsNaNAndQOutOfRange() {
        assertThatThrownBy(() -> Significance.pValue(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Significance.bins(new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1");
        assertThatThrownBy(() -> Significance.binsWithFdr(new double[] {1}, 0.001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("q");
        assertThatThrownBy(() -> Significance.binsWithFdr(new double[] {1}, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Significance.binsWithFdr(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
