package se.trygghetsnav.municipality;

import java.util.Objects;

/** A named area of a municipality; {@code geometry} is GeoJSON (Polygon or MultiPolygon, WGS84). */
public record Area(long id, String municipalityCode, String name, String geometry, double minLatitude,
        double minLongitude, double maxLatitude, double maxLongitude) {

    public Area {
        Objects.requireNonNull(municipalityCode);
        Objects.requireNonNull(name);
    }
}
