package se.trygghetsnav.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GetisOrdTest {

    private static final double EXACT = 1e-12;

    /** Four cells in a line, 0-1-2-3. */
    private static final int[][] LINE_OF_FOUR = {{1}, {0, 2}, {1, 3}, {2}};

    @ParameterizedTest
    @ValueSource(strings = {"grid10_rook", "grid10_queen", "random200_delaunay", "random200_knn6", "band60_islands"})
    void equalsSpdepLocalGWithSelfIncludedAndBinaryWeights(String name) {
        ReferenceData.GiStarCase reference = ReferenceData.giStar(name);

        double[] z = GetisOrd.giStar(reference.values(), reference.neighbours());

        assertThat(z).hasSameSizeAs(reference.expectedZ());
        for (int i = 0; i < z.length; i++) {
            assertThat(z[i]).as("%s cell %d", name, i).isCloseTo(reference.expectedZ()[i], within(1e-9));
        }
    }

    @Test
    void referenceDataSetsHaveZeroCountsAndHotSpots() {
        for (String name : new String[] {"grid10_rook", "random200_delaunay"}) {
            ReferenceData.GiStarCase reference = ReferenceData.giStar(name);
            assertThat(reference.values()).as(name).contains(0.0);
            assertThat(Arrays.stream(reference.expectedZ()).max().orElseThrow()).as(name).isGreaterThan(Significance.Z_99);
        }
    }

    @Test
    void allValuesEqualGiveZeroWhereSpdepGivesNaN() {
        ReferenceData.GiStarCase reference = ReferenceData.giStar("equal_queen5");
        assertThat(reference.expectedZ()).containsOnly(Double.NaN);

        assertThat(GetisOrd.giStar(reference.values(), reference.neighbours())).containsOnly(0.0);
    }

    @Test
    void allValuesEqualGiveZeroAlsoWhenTheirMeanIsNotExact() {
        // ten times 0.1 does not sum to exactly 1.0: a mean-based spread would be a tiny non-zero.
        double[] values = new double[10];
        Arrays.fill(values, 0.1);
        int[][] neighbours = new int[10][];
        for (int i = 0; i < 10; i++) {
            neighbours[i] = i == 0 ? new int[] {1} : i == 9 ? new int[] {8} : new int[] {i - 1, i + 1};
        }

        assertThat(GetisOrd.giStar(values, neighbours)).containsOnly(0.0);
    }

    @Test
    void threeCellsInALineByHand() {
        // x = 1, 2, 6: mean 3, S² = (4 + 1 + 9) / 3 = 14/3.
        // Cell 0: neighbourhood {0, 1}, W = 2, sum 3: (3 - 3·2) / (S · sqrt((3·2 - 4) / 2)) = -3 / S.
        // Cell 1: neighbourhood is every cell (W = n = 3): 0 / 0 in spdep (NaN), 0 here.
        // Cell 2: neighbourhood {1, 2}, sum 8: (8 - 6) / S = 2 / S.
        double s = Math.sqrt(14.0 / 3);

        double[] z = GetisOrd.giStar(new double[] {1, 2, 6}, new int[][] {{1}, {0, 2}, {1}});

        assertThat(z[0]).isCloseTo(-3 / s, within(EXACT)).isCloseTo(-1.3887301496588271, within(EXACT));
        assertThat(z[1]).isZero();
        assertThat(z[2]).isCloseTo(2 / s, within(EXACT)).isCloseTo(0.9258200997725514, within(EXACT));
    }

    @Test
    void fourCellsInALineByHand() {
        // x = 0, 0, 0, 4: mean 1, S² = (1 + 1 + 1 + 9) / 4 = 3.
        // Ends (W = 2): variance factor (4·2 - 4) / 3 = 4/3, so S · sqrt(4/3) = 2.
        //   cell 0: (0 - 2) / 2 = -1;  cell 3: (4 - 2) / 2 = 1.
        // Middle (W = 3): factor (12 - 9) / 3 = 1, so the denominator is sqrt(3).
        //   cell 1: (0 - 3) / sqrt(3) = -sqrt(3);  cell 2: (4 - 3) / sqrt(3).
        double[] z = GetisOrd.giStar(new double[] {0, 0, 0, 4}, LINE_OF_FOUR);

        assertThat(z[0]).isCloseTo(-1, within(EXACT));
        assertThat(z[1]).isCloseTo(-Math.sqrt(3), within(EXACT));
        assertThat(z[2]).isCloseTo(1 / Math.sqrt(3), within(EXACT));
        assertThat(z[3]).isCloseTo(1, within(EXACT));
    }

    @Test
    void doesNotDependOnTheUnitOrOffsetOfTheValues() {
        double[] values = {0, 3, 0, 1, 7, 2};
        int[][] neighbours = {{1, 2}, {0, 3}, {0, 3, 4}, {1, 2, 5}, {2, 5}, {3, 4}};
        double[] shifted = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            shifted[i] = 2.5 * values[i] + 10;
        }

        double[] z = GetisOrd.giStar(values, neighbours);
        double[] zShifted = GetisOrd.giStar(shifted, neighbours);

        for (int i = 0; i < z.length; i++) {
            assertThat(zShifted[i]).isCloseTo(z[i], within(EXACT));
        }
    }

    @Test
    void aCellWithoutNeighboursIsJudgedOnItsOwnValue() {
        // Cell 2 is an island: its neighbourhood is itself (W = 1). x = 0, 0, 3: mean 1, S² = 2.
        // (3 - 1) / (sqrt(2) · sqrt((3 - 1) / 2)) = sqrt(2).
        double[] z = GetisOrd.giStar(new double[] {0, 0, 3}, new int[][] {{1}, {0}, {}});

        assertThat(z[2]).isCloseTo(Math.sqrt(2), within(EXACT));
    }

    @Test
    void aCellWithManyNeighboursByHand() {
        // A star: cell 0 in the middle of 99 leaves with value 1, and a lone cell 100 with 0; n = 101.
        // Mean 99/101, S² = 99/101 − (99/101)² = 198/101². Centre: W = 100, sum 99,
        // numerator 99 − 100 · 99/101 = 99/101, factor (101 · 100 − 100²) / 100 = 1:
        // z = (99/101) / (sqrt(198)/101) = 99 / sqrt(198) = sqrt(99/2).
        int n = 101;
        double[] values = new double[n];
        int[][] neighbours = new int[n][];
        neighbours[0] = new int[99];
        for (int leaf = 1; leaf <= 99; leaf++) {
            values[leaf] = 1;
            neighbours[0][leaf - 1] = leaf;
            neighbours[leaf] = new int[] {0};
        }
        neighbours[100] = new int[0];

        assertThat(GetisOrd.giStar(values, neighbours)[0]).isCloseTo(Math.sqrt(99 / 2.0), within(EXACT));
    }

    @Test
    void noCellsGiveNoScores() {
        assertThat(GetisOrd.giStar(new double[0], new int[0][])).isEmpty();
    }

    @Test
    void doesNotChangeItsInput() {
        double[] values = {0, 0, 0, 4};
        GetisOrd.giStar(values, LINE_OF_FOUR);
        assertThat(values).containsExactly(0, 0, 0, 4);
        assertThat(LINE_OF_FOUR[1]).containsExactly(0, 2);
    }

    @Test
    void rejectsInvalidInput() {
        double[] four = {1, 2, 3, 4};
        assertThatThrownBy(() -> GetisOrd.giStar(four, new int[][] {{1}, {0}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 cells").hasMessageContaining("2");
        assertThatThrownBy(() -> GetisOrd.giStar(four, new int[][] {{1}, {0, 2}, {1, 4}, {2}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
        assertThatThrownBy(() -> GetisOrd.giStar(four, new int[][] {{1}, {0, 2}, {1, -1}, {2}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
        assertThatThrownBy(() -> GetisOrd.giStar(four, new int[][] {{1}, {0, 1, 2}, {1, 3}, {2}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("itself");
        assertThatThrownBy(() -> GetisOrd.giStar(four, new int[][] {{1}, null, {1, 3}, {2}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
        assertThatThrownBy(() -> GetisOrd.giStar(new double[] {1, Double.NaN, 3, 4}, LINE_OF_FOUR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not finite");
        assertThatThrownBy(() -> GetisOrd.giStar(null, LINE_OF_FOUR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GetisOrd.giStar(four, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
