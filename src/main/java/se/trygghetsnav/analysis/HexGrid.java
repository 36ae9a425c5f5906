package se.trygghetsnav.analysis;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Uber H3 hexagon cells (WGS84). Reports are stored with their cell at {@link #STORED_RESOLUTION};
 * coarser resolutions (7-9) are their parents. Thread-safe: H3Core is stateless.
 */
public final class HexGrid {

    /** About 66 m across: fine enough for a bus stop, coarse enough to keep few cells per area. */
    public static final int STORED_RESOLUTION = 10;
    public static final int COARSEST = 7;

    private static final H3Core H3 = load();

    private HexGrid() {}

    public static long cell(double latitude, double longitude, int resolution) {
        checkResolution(resolution);
        return H3.latLngToCell(latitude, longitude, resolution);
    }

    public static long parent(long cell, int resolution) {
        checkResolution(resolution);
        int own = H3.getResolution(cell);
        return own == resolution ? cell : H3.cellToParent(cell, resolution);
    }

    public static int resolution(long cell) {
        return H3.getResolution(cell);
    }

    /** The cells within {@code k} steps of the cell, the cell itself excluded. */
    public static List<Long> ring(long cell, int k) {
        List<Long> disk = new ArrayList<>(H3.gridDisk(cell, k));
        disk.remove(Long.valueOf(cell));
        return disk;
    }

    /** The corners of the hexagon as {latitude, longitude} pairs. */
    public static double[][] boundary(long cell) {
        List<LatLng> corners = H3.cellToBoundary(cell);
        double[][] points = new double[corners.size()][];
        for (int i = 0; i < corners.size(); i++) {
            points[i] = new double[] {corners.get(i).lat, corners.get(i).lng};
        }
        return points;
    }

    public static double[] centre(long cell) {
        LatLng centre = H3.cellToLatLng(cell);
        return new double[] {centre.lat, centre.lng};
    }

    /** The cells whose centres lie in the polygon (an outer ring of {latitude, longitude} points). */
    public static List<Long> cover(double[][] ring, int resolution) {
        checkResolution(resolution);
        List<LatLng> outline = new ArrayList<>(ring.length);
        for (double[] point : ring) {
            outline.add(new LatLng(point[0], point[1]));
        }
        return H3.polygonToCells(outline, List.of(), resolution);
    }

    public static String address(long cell) {
        return H3.h3ToString(cell);
    }

    public static long parseAddress(String address) {
        return H3.stringToH3(address);
    }

    private static void checkResolution(int resolution) {
        if (resolution < COARSEST || resolution > STORED_RESOLUTION) {
            throw new IllegalArgumentException("Resolution " + resolution + " is outside " + COARSEST + "-" + STORED_RESOLUTION);
        }
    }

    private static H3Core load() {
        try {
            return H3Core.newInstance();
        } catch (IOException e) {
            throw new UncheckedIOException("H3's native library could not be loaded", e);
        }
    }
}
