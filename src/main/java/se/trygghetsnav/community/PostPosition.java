package se.trygghetsnav.community;

import se.trygghetsnav.municipality.Sweref99;

/**
 * Where a post is stored. An approximate position is snapped to the centre of a 200 m square of the
 * national grid (SWEREF 99 TM) before it is stored, so the exact point never reaches the database.
 */
final class PostPosition {

    static final double GRID_METRES = 200;

    private PostPosition() {}

    /** The position to store: exact as given, or the centre of its 200 m grid square. */
    static Sweref99.LatLng stored(double latitude, double longitude, boolean exact) {
        return exact ? new Sweref99.LatLng(latitude, longitude) : approximate(latitude, longitude);
    }

    static Sweref99.LatLng approximate(double latitude, double longitude) {
        Sweref99.Point point = Sweref99.toSweref(latitude, longitude);
        double north = (Math.floor(point.northing() / GRID_METRES) + 0.5) * GRID_METRES;
        double east = (Math.floor(point.easting() / GRID_METRES) + 0.5) * GRID_METRES;
        Sweref99.LatLng centre = Sweref99.toWgs84(north, east);
        // six decimals (about 0.1 m) are plenty and keep no trace of the original digits
        return new Sweref99.LatLng(round6(centre.latitude()), round6(centre.longitude()));
    }

    private static double round6(double value) {
        return Math.round(value * 1_000_000d) / 1_000_000d;
    }
}
