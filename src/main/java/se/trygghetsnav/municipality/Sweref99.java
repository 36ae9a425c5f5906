package se.trygghetsnav.municipality;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/** Conversion between WGS84 (EPSG:4326, degrees) and SWEREF 99 TM (EPSG:3006, metres), the national grid. */
public final class Sweref99 {

    private static final CRSFactory CRS_FACTORY = new CRSFactory();
    private static final CoordinateReferenceSystem WGS84 = CRS_FACTORY.createFromName("EPSG:4326");
    private static final CoordinateReferenceSystem SWEREF_99_TM = CRS_FACTORY.createFromName("EPSG:3006");
    private static final CoordinateTransformFactory TRANSFORMS = new CoordinateTransformFactory();
    private static final CoordinateTransform TO_SWEREF = TRANSFORMS.createTransform(WGS84, SWEREF_99_TM);
    private static final CoordinateTransform TO_WGS84 = TRANSFORMS.createTransform(SWEREF_99_TM, WGS84);

    // proj4j transforms keep scratch state between calls, so every use goes through this lock.
    private static final Object TRANSFORM_LOCK = new Object();

    private Sweref99() {}

    /** A position in SWEREF 99 TM. */
    public record Point(double northing, double easting) {}

    /** A position in WGS84. */
    public record LatLng(double latitude, double longitude) {}

    public static Point toSweref(double latitude, double longitude) {
        ProjCoordinate result = new ProjCoordinate();
        synchronized (TRANSFORM_LOCK) {
            TO_SWEREF.transform(new ProjCoordinate(longitude, latitude), result);
        }
        return new Point(result.y, result.x);
    }

    public static LatLng toWgs84(double northing, double easting) {
        ProjCoordinate result = new ProjCoordinate();
        synchronized (TRANSFORM_LOCK) {
            TO_WGS84.transform(new ProjCoordinate(easting, northing), result);
        }
        return new LatLng(result.y, result.x);
    }

    /** True when a SWEREF 99 TM position lies roughly within Sweden (a generous box, not the border). */
    public static boolean isPlausibleSwedish(double northing, double easting) {
        return northing >= 6_100_000 && northing <= 7_700_000 && easting >= 200_000 && easting <= 1_000_000;
    }

    /** True when a WGS84 position lies roughly within Sweden (a generous box, not the border). */
    public static boolean isPlausibleSwedishLatLng(double latitude, double longitude) {
        return latitude >= 55 && latitude <= 69.5 && longitude >= 10.5 && longitude <= 24.5;
    }
}
