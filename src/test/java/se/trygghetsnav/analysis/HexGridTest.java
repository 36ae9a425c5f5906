package se.trygghetsnav.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HexGridTest {

    // Tranemo church square
    private static final double LAT = 57.4850;
    private static final double LON = 13.3510;

    @Test
    void aPointHasOneCellPerResolutionAndCoarserCellsAreParents() {
        long fine = HexGrid.cell(LAT, LON, 10);
        assertThat(HexGrid.resolution(fine)).isEqualTo(10);
        for (int resolution = 7; resolution <= 9; resolution++) {
            assertThat(HexGrid.parent(fine, resolution)).isEqualTo(HexGrid.cell(LAT, LON, resolution));
        }
        assertThat(HexGrid.parent(fine, 10)).isEqualTo(fine);
        assertThat(HexGrid.address(fine)).hasSize(15).startsWith("8a");
        assertThat(HexGrid.parseAddress(HexGrid.address(fine))).isEqualTo(fine);
    }

    @Test
    void ringOneIsTheSixNeighboursAndRingTwoEighteen() {
        long cell = HexGrid.cell(LAT, LON, 9);
        List<Long> ring1 = HexGrid.ring(cell, 1);
        assertThat(ring1).hasSize(6).doesNotContain(cell);
        assertThat(HexGrid.ring(cell, 2)).hasSize(18).containsAll(ring1);
        for (long neighbour : ring1) {
            assertThat(HexGrid.ring(neighbour, 1)).contains(cell);
        }
    }

    @Test
    void theBoundaryIsAHexagonAroundTheCentre() {
        long cell = HexGrid.cell(LAT, LON, 9);
        double[][] corners = HexGrid.boundary(cell);
        assertThat(corners.length).isEqualTo(6);
        double[] centre = HexGrid.centre(cell);
        assertThat(Math.abs(centre[0] - LAT)).isLessThan(0.003);
        assertThat(Math.abs(centre[1] - LON)).isLessThan(0.005);
        assertThat(HexGrid.cell(centre[0], centre[1], 9)).isEqualTo(cell);
    }

    @Test
    void aPolygonIsCoveredByTheCellsWhoseCentresLieInIt() {
        double[][] square = {{57.48, 13.34}, {57.48, 13.36}, {57.49, 13.36}, {57.49, 13.34}, {57.48, 13.34}};
        List<Long> cells = HexGrid.cover(square, 9);
        // about 1.1 km x 1.2 km over cells of 0.1 km2
        assertThat(cells).hasSizeBetween(8, 20).contains(HexGrid.cell(57.485, 13.350, 9));
    }

    @Test
    void resolutionsOutsideSevenToTenAreRefused() {
        assertThatThrownBy(() -> HexGrid.cell(LAT, LON, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HexGrid.cell(LAT, LON, 11)).isInstanceOf(IllegalArgumentException.class);
    }
}
