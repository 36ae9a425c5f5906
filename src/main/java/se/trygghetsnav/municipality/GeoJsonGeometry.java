package se.trygghetsnav.municipality;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Area polygons in GeoJSON (WGS84) read into and written from JTS geometry. GeoJSON positions are
 * [longitude, latitude], so JTS x is the longitude and y the latitude.
 */
public final class GeoJsonGeometry {

    static final int MAX_POSITIONS = 100_000;
    static final int WGS84_SRID = 4326;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final GeometryFactory GEOMETRIES = new GeometryFactory(new PrecisionModel(), WGS84_SRID);

    private GeoJsonGeometry() {}

    /** One area; the name comes from a Feature's properties.name and is null when there is none. */
    public record NamedShape(String name, Geometry geometry) {}

    /** The bounding box of a geometry in degrees. */
    public record Bounds(double minLatitude, double minLongitude, double maxLatitude, double maxLongitude) {}

    /** GeoJSON that cannot be used as an area; the message is Swedish and fit to show the person who sent it. */
    public static class InvalidGeoJsonException extends RuntimeException {
        InvalidGeoJsonException(String problem) {
            super("Ogiltig GeoJSON: " + problem);
        }
    }

    /**
     * Reads a Polygon or MultiPolygon geometry, a Feature holding one, or a FeatureCollection of such
     * Features (one shape per Feature).
     */
    public static List<NamedShape> read(String geoJson) {
        if (geoJson == null || geoJson.isBlank()) {
            throw new InvalidGeoJsonException("texten är tom");
        }
        JsonNode root;
        try {
            root = JSON.readTree(geoJson);
        } catch (JacksonException e) {
            throw new InvalidGeoJsonException("texten är inte giltig JSON");
        }
        return new ShapeReader().shapes(root);
    }

    /** The geometry as a compact GeoJSON geometry object. */
    public static String write(Geometry geometry) {
        ObjectNode object = JSON.createObjectNode();
        if (geometry instanceof Polygon polygon) {
            object.put("type", "Polygon");
            writePolygon(polygon, object.putArray("coordinates"));
        } else if (geometry instanceof MultiPolygon multiPolygon) {
            object.put("type", "MultiPolygon");
            ArrayNode polygons = object.putArray("coordinates");
            for (int i = 0; i < multiPolygon.getNumGeometries(); i++) {
                writePolygon((Polygon) multiPolygon.getGeometryN(i), polygons.addArray());
            }
        } else {
            throw new IllegalArgumentException("Only Polygon and MultiPolygon can be written, not "
                    + (geometry == null ? null : geometry.getGeometryType()));
        }
        return JSON.writeValueAsString(object);
    }

    public static Bounds bounds(Geometry geometry) {
        Envelope envelope = geometry.getEnvelopeInternal();
        if (envelope.isNull()) {
            throw new IllegalArgumentException("An empty geometry has no bounds");
        }
        return new Bounds(envelope.getMinY(), envelope.getMinX(), envelope.getMaxY(), envelope.getMaxX());
    }

    /** True when the point lies inside the area or on its boundary. */
    public static boolean contains(Geometry area, double latitude, double longitude) {
        return area.covers(GEOMETRIES.createPoint(new Coordinate(longitude, latitude)));
    }

    private static void writePolygon(Polygon polygon, ArrayNode rings) {
        writeRing(polygon.getExteriorRing(), rings.addArray());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            writeRing(polygon.getInteriorRingN(i), rings.addArray());
        }
    }

    private static void writeRing(LineString ring, ArrayNode positions) {
        for (Coordinate coordinate : ring.getCoordinates()) {
            positions.addArray().add(coordinate.x).add(coordinate.y);
        }
    }

    /** Reads one document; counts positions across it so a huge upload is refused early. */
    private static final class ShapeReader {

        private int positions;

        List<NamedShape> shapes(JsonNode root) {
            return switch (type(root)) {
                case "FeatureCollection" -> featureCollection(root);
                case "Feature" -> List.of(feature(root));
                default -> List.of(new NamedShape(null, geometry(root)));
            };
        }

        private List<NamedShape> featureCollection(JsonNode collection) {
            JsonNode features = collection.get("features");
            if (features == null || !features.isArray()) {
                throw new InvalidGeoJsonException("FeatureCollection saknar listan features");
            }
            if (features.isEmpty()) {
                throw new InvalidGeoJsonException("FeatureCollection innehåller inga objekt");
            }
            List<NamedShape> shapes = new ArrayList<>();
            for (JsonNode feature : features) {
                if (!"Feature".equals(type(feature))) {
                    throw new InvalidGeoJsonException("en FeatureCollection får bara innehålla Feature-objekt");
                }
                shapes.add(feature(feature));
            }
            return List.copyOf(shapes);
        }

        private NamedShape feature(JsonNode feature) {
            JsonNode geometry = feature.get("geometry");
            if (geometry == null || geometry.isNull()) {
                throw new InvalidGeoJsonException("objektet saknar geometri");
            }
            return new NamedShape(name(feature.get("properties")), geometry(geometry));
        }

        private static String name(JsonNode properties) {
            JsonNode name = properties == null ? null : properties.get("name");
            if (name == null || !name.isString() || name.stringValue().isBlank()) {
                return null;
            }
            return name.stringValue().strip();
        }

        private Geometry geometry(JsonNode node) {
            String type = type(node);
            if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
                throw new InvalidGeoJsonException("endast Polygon och MultiPolygon stöds");
            }
            JsonNode coordinates = node.get("coordinates");
            if (coordinates == null || !coordinates.isArray()) {
                throw new InvalidGeoJsonException("geometrin saknar listan coordinates");
            }
            Geometry geometry = type.equals("Polygon") ? polygon(coordinates) : multiPolygon(coordinates);
            requireValid(geometry);
            return geometry;
        }

        private MultiPolygon multiPolygon(JsonNode polygons) {
            if (polygons.isEmpty()) {
                throw new InvalidGeoJsonException("multipolygonen saknar polygoner");
            }
            List<Polygon> parts = new ArrayList<>();
            for (JsonNode polygon : polygons) {
                parts.add(polygon(polygon));
            }
            return GEOMETRIES.createMultiPolygon(parts.toArray(Polygon[]::new));
        }

        private Polygon polygon(JsonNode rings) {
            if (!rings.isArray() || rings.isEmpty()) {
                throw new InvalidGeoJsonException("polygonen saknar koordinater");
            }
            LinearRing shell = ring(rings.get(0));
            LinearRing[] holes = new LinearRing[rings.size() - 1];
            for (int i = 1; i < rings.size(); i++) {
                holes[i - 1] = ring(rings.get(i));
            }
            return GEOMETRIES.createPolygon(shell, holes);
        }

        private LinearRing ring(JsonNode positions) {
            if (!positions.isArray() || positions.size() < 4) {
                throw new InvalidGeoJsonException("polygonens ring måste ha minst fyra koordinater");
            }
            Coordinate[] coordinates = new Coordinate[positions.size()];
            for (int i = 0; i < coordinates.length; i++) {
                coordinates[i] = position(positions.get(i));
            }
            if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
                throw new InvalidGeoJsonException("polygonens ring måste vara sluten");
            }
            return GEOMETRIES.createLinearRing(coordinates);
        }

        private Coordinate position(JsonNode position) {
            if (++positions > MAX_POSITIONS) {
                throw new InvalidGeoJsonException("högst 100 000 koordinater tillåts");
            }
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
                    || !position.get(1).isNumber()) {
                throw new InvalidGeoJsonException("varje koordinat måste vara en lista med longitud och latitud");
            }
            double longitude = finite(position.get(0));
            double latitude = finite(position.get(1));
            if (longitude < -180 || longitude > 180 || latitude < -90 || latitude > 90) {
                throw new InvalidGeoJsonException(
                        "koordinaten [" + position.get(0) + ", " + position.get(1) + "] ligger utanför WGS84");
            }
            return new Coordinate(longitude, latitude);
        }

        private static double finite(JsonNode number) {
            double value;
            try {
                value = number.doubleValue();
            } catch (JacksonException e) {
                value = Double.NaN;
            }
            if (!Double.isFinite(value)) {
                throw new InvalidGeoJsonException("koordinaten innehåller ett tal som inte är ändligt");
            }
            return value;
        }

        private static void requireValid(Geometry geometry) {
            TopologyValidationError error = new IsValidOp(geometry).getValidationError();
            if (error == null) {
                return;
            }
            throw new InvalidGeoJsonException(switch (error.getErrorType()) {
                case TopologyValidationError.TOO_FEW_POINTS -> "polygonens ring måste ha minst tre olika hörn";
                case TopologyValidationError.HOLE_OUTSIDE_SHELL, TopologyValidationError.NESTED_HOLES ->
                        "ett hål i polygonen ligger utanför polygonen eller i ett annat hål";
                default -> "polygonen korsar sig själv";
            });
        }

        private static String type(JsonNode node) {
            if (node == null || !node.isObject()) {
                throw new InvalidGeoJsonException("förväntade ett GeoJSON-objekt");
            }
            JsonNode type = node.get("type");
            if (type == null || !type.isString()) {
                throw new InvalidGeoJsonException("objektet saknar type");
            }
            return type.stringValue();
        }
    }
}
