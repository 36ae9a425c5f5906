package se.trygghetsnav.walk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.trygghetsnav.municipality.Sweref99;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The route of a safety walk: a GeoJSON LineString (WGS84, positions as [longitude, latitude]) of
 * 2 to 500 positions, all within Sweden. Read from what a person typed or the map drew, and written
 * back as compact GeoJSON with six decimals (about 10 cm).
 */
public record WalkRoute(List<Position> positions) {

    static final int MIN_POSITIONS = 2;
    static final int MAX_POSITIONS = 500;
    static final int MAX_TEXT = 40_000;
    private static final double EARTH_RADIUS_M = 6_371_008.8;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One position of the route. */
    public record Position(double latitude, double longitude) {}

    /** A route that cannot be used; the key is a message key to show next to the field. */
    public static final class InvalidRouteException extends RuntimeException {
        private final String messageKey;

        InvalidRouteException(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public WalkRoute {
        positions = List.copyOf(Objects.requireNonNull(positions));
    }

    /**
     * Reads a LineString geometry, or a Feature holding one. Blank text means no route (null).
     *
     * @throws InvalidRouteException with a message key when the text is not a usable route
     */
    public static WalkRoute parse(String geoJson) {
        if (geoJson == null || geoJson.isBlank()) {
            return null;
        }
        if (geoJson.length() > MAX_TEXT) {
            throw new InvalidRouteException("walk.error.route.points");
        }
        JsonNode root;
        try {
            root = JSON.readTree(geoJson);
        } catch (JacksonException e) {
            throw new InvalidRouteException("walk.error.route.json");
        }
        if (root != null && root.isObject() && "Feature".equals(text(root.get("type")))) {
            root = root.get("geometry");
        }
        if (root == null || !root.isObject() || !"LineString".equals(text(root.get("type")))) {
            throw new InvalidRouteException("walk.error.route.type");
        }
        JsonNode coordinates = root.get("coordinates");
        if (coordinates == null || !coordinates.isArray()) {
            throw new InvalidRouteException("walk.error.route.type");
        }
        if (coordinates.size() < MIN_POSITIONS || coordinates.size() > MAX_POSITIONS) {
            throw new InvalidRouteException("walk.error.route.points");
        }
        List<Position> positions = new ArrayList<>();
        for (JsonNode position : coordinates) {
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                throw new InvalidRouteException("walk.error.route.json");
            }
            double longitude = position.get(0).doubleValue();
            double latitude = position.get(1).doubleValue();
            if (!Double.isFinite(latitude) || !Double.isFinite(longitude)
                    || !Sweref99.isPlausibleSwedishLatLng(latitude, longitude)) {
                throw new InvalidRouteException("walk.error.route.outside");
            }
            positions.add(new Position(round(latitude), round(longitude)));
        }
        return new WalkRoute(positions);
    }

    /** Compact GeoJSON LineString geometry. */
    public String toGeoJson() {
        ObjectNode object = JSON.createObjectNode();
        object.put("type", "LineString");
        ArrayNode coordinates = object.putArray("coordinates");
        for (Position p : positions) {
            coordinates.addArray().add(p.longitude()).add(p.latitude());
        }
        return JSON.writeValueAsString(object);
    }

    /** Length along the route in metres (haversine between consecutive positions). */
    public double lengthMetres() {
        double total = 0;
        for (int i = 1; i < positions.size(); i++) {
            total += distance(positions.get(i - 1), positions.get(i));
        }
        return total;
    }

    /** Length in kilometres with one decimal and a decimal comma, as Swedish text shows it ("1,2"). */
    public String lengthKilometres() {
        return String.format(java.util.Locale.ROOT, "%.1f", lengthMetres() / 1000).replace('.', ',');
    }

    public int size() {
        return positions.size();
    }

    private static double distance(Position a, Position b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }
}
