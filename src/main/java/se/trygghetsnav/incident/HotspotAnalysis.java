package se.trygghetsnav.incident;

import java.util.List;

/**
 * Hexagon counts and Getis-Ord Gi* for a municipality. {@code cells} holds every cell with reports
 * or a significant z-score; {@code studyCells} is how many cells took part (zeros included).
 * {@code bin} runs from -3 to 3: 99, 95 and 90 % confidence hot (+) or cold (-) spots.
 */
public record HotspotAnalysis(HotspotQuery query, int studyCells, long reports, List<Cell> cells, List<Cell> hotSpots) {

    public HotspotAnalysis {
        cells = List.copyOf(cells);
        hotSpots = List.copyOf(hotSpots);
    }

    public record Cell(String cell, long count, double z, double p, int bin, String areaName, double latitude, double longitude) {

        public int confidence() {
            return switch (Math.abs(bin)) {
                case 3 -> 99;
                case 2 -> 95;
                case 1 -> 90;
                default -> 0;
            };
        }
    }
}
