package se.trygghetsnav.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class GeoJsonGeometryTest {

    // A square around central Tranemo: longitude 13.30..13.40, latitude 57.45..57.52.
    private static final String SQUARE =
            "[[13.30,57.45],[13.40,57.45],[13.40,57.52],[13.30,57.52],[13.30,57.45]]";
    private static final String HOLE =
            "[[13.34,57.48],[13.36,57.48],[13.36,57.49],[13.34,57.49],[13.34,57.48]]";
    private static final String SECOND_SQUARE =
            "[[14.00,58.00],[14.10,58.00],[14.10,58.10],[14.00,58.10],[14.00,58.00]]";

    @Test
    void readsAPolygonWithLongitudeAsX() {
        List<GeoJsonGeometry.NamedShape> shapes = GeoJsonGeometry.read(polygon(SQUARE));

        assertThat(shapes).hasSize(1);
        GeoJsonGeometry.NamedShape shape = shapes.get(0);
        assertThat(shape.name()).isNull();
        assertThat(shape.geometry()).isInstanceOf(Polygon.class);
        assertThat(shape.geometry().getSRID()).isEqualTo(4326);
        assertThat(shape.geometry().getCoordinates()[1].x).isEqualTo(13.40);
        assertThat(shape.geometry().getCoordinates()[1].y).isEqualTo(57.45);
    }

    @Test
    void readsAPolygonWithAHole() {
        Geometry area = GeoJsonGeometry.read(polygon(SQUARE + "," + HOLE)).get(0).geometry();

        assertThat(((Polygon) area).getNumInteriorRing()).isEqualTo(1);
        assertThat(GeoJsonGeometry.contains(area, 57.485, 13.35)).isFalse();
        assertThat(GeoJsonGeometry.contains(area, 57.46, 13.35)).isTrue();
    }

    @Test
    void readsAMultiPolygon() {
        Geometry area = GeoJsonGeometry.read(
                "{\"type\":\"MultiPolygon\",\"coordinates\":[[" + SQUARE + "],[" + SECOND_SQUARE + "]]}").get(0).geometry();

        assertThat(area).isInstanceOf(MultiPolygon.class);
        assertThat(area.getNumGeometries()).isEqualTo(2);
        assertThat(GeoJsonGeometry.contains(area, 58.05, 14.05)).isTrue();
        assertThat(GeoJsonGeometry.contains(area, 57.48, 13.35)).isTrue();
        assertThat(GeoJsonGeometry.contains(area, 57.80, 13.70)).isFalse();
    }

    @Test
    void readsAFeatureWithItsName() {
        List<GeoJsonGeometry.NamedShape> shapes = GeoJsonGeometry.read(
                feature("Tranemo centrum", polygon(SQUARE)));

        assertThat(shapes).singleElement().satisfies(shape -> {
            assertThat(shape.name()).isEqualTo("Tranemo centrum");
            assertThat(shape.geometry()).isInstanceOf(Polygon.class);
        });
    }

    @Test
    void aFeatureWithoutANameGivesANullName() {
        String feature = "{\"type\":\"Feature\",\"properties\":null,\"geometry\":" + polygon(SQUARE) + "}";

        assertThat(GeoJsonGeometry.read(feature).get(0).name()).isNull();
    }

    @Test
    void readsEachFeatureOfACollectionAsANamedShape() {
        String collection = "{\"type\":\"FeatureCollection\",\"features\":["
                + feature("Centrum", polygon(SQUARE)) + ","
                + feature("Länghem", polygon(SECOND_SQUARE)) + "]}";

        List<GeoJsonGeometry.NamedShape> shapes = GeoJsonGeometry.read(collection);

        assertThat(shapes).extracting(GeoJsonGeometry.NamedShape::name).containsExactly("Centrum", "Länghem");
        assertThat(GeoJsonGeometry.contains(shapes.get(1).geometry(), 58.05, 14.05)).isTrue();
        assertThat(GeoJsonGeometry.contains(shapes.get(0).geometry(), 58.05, 14.05)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "57.48 | 13.35 | true",  // inside
            "57.60 | 13.35 | false", // north of it
            "57.48 | 13.50 | false", // east of it
            "57.45 | 13.35 | true",  // on the southern edge
            "57.48 | 13.30 | true",  // on the western edge
            "57.52 | 13.40 | true",  // on a corner
            "13.35 | 57.48 | false", // latitude and longitude swapped
    })
    void containsCountsTheBoundaryAsInside(double latitude, double longitude, boolean inside) {
        Geometry area = GeoJsonGeometry.read(polygon(SQUARE)).get(0).geometry();

        assertThat(GeoJsonGeometry.contains(area, latitude, longitude)).isEqualTo(inside);
    }

    @Test
    void boundsAreInLatitudeAndLongitude() {
        Geometry area = GeoJsonGeometry.read(
                "{\"type\":\"MultiPolygon\",\"coordinates\":[[" + SQUARE + "],[" + SECOND_SQUARE + "]]}").get(0).geometry();

        GeoJsonGeometry.Bounds bounds = GeoJsonGeometry.bounds(area);

        assertThat(bounds.minLatitude()).isCloseTo(57.45, within(1e-12));
        assertThat(bounds.minLongitude()).isCloseTo(13.30, within(1e-12));
        assertThat(bounds.maxLatitude()).isCloseTo(58.10, within(1e-12));
        assertThat(bounds.maxLongitude()).isCloseTo(14.10, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"type\":\"Polygon\",\"coordinates\":[" + SQUARE + "," + HOLE + "]}",
            "{\"type\":\"MultiPolygon\",\"coordinates\":[[" + SQUARE + "],[" + SECOND_SQUARE + "]]}",
    })
    void writeThenReadGivesTheSameGeometry(String geoJson) {
        Geometry original = GeoJsonGeometry.read(geoJson).get(0).geometry();

        String written = GeoJsonGeometry.write(original);
        Geometry again = GeoJsonGeometry.read(written).get(0).geometry();

        assertThat(written).doesNotContain(" ", "\n").startsWith("{\"type\":\"" + original.getGeometryType() + "\"");
        assertThat(again.equalsExact(original)).isTrue();
    }

    @Test
    void writesPositionsAsLongitudeThenLatitude() {
        Geometry area = GeoJsonGeometry.read(polygon(SQUARE)).get(0).geometry();

        assertThat(GeoJsonGeometry.write(area))
                .isEqualTo("{\"type\":\"Polygon\",\"coordinates\":[[[13.3,57.45],[13.4,57.45],[13.4,57.52],"
                        + "[13.3,57.52],[13.3,57.45]]]}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // ring not closed
            "{\"type\":\"Polygon\",\"coordinates\":[[[13.3,57.45],[13.4,57.45],[13.4,57.52],[13.3,57.52]]]}"
                    + "| Ogiltig GeoJSON: polygonens ring måste vara sluten",
            // ring too short
            "{\"type\":\"Polygon\",\"coordinates\":[[[13.3,57.45],[13.4,57.45],[13.3,57.45]]]}"
                    + "| Ogiltig GeoJSON: polygonens ring måste ha minst fyra koordinater",
            "{\"type\":\"Polygon\",\"coordinates\":[]}| Ogiltig GeoJSON: polygonen saknar koordinater",
            "{\"type\":\"Polygon\"}| Ogiltig GeoJSON: geometrin saknar listan coordinates",
            "{\"type\":\"Point\",\"coordinates\":[13.3,57.45]}| Ogiltig GeoJSON: endast Polygon och MultiPolygon stöds",
            "{\"type\":\"LineString\",\"coordinates\":[[13.3,57.45],[13.4,57.45]]}"
                    + "| Ogiltig GeoJSON: endast Polygon och MultiPolygon stöds",
            "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[13.3,57.45]}}"
                    + "| Ogiltig GeoJSON: endast Polygon och MultiPolygon stöds",
            "{\"type\":\"Polygon\",\"coordinates\":[[[200,95],[13.4,57.45],[13.4,57.52],[200,95]]]}"
                    + "| Ogiltig GeoJSON: koordinaten [200, 95] ligger utanför WGS84",
            "{\"type\":\"Polygon\",\"coordinates\":[[[13.3,-90.5],[13.4,57.45],[13.4,57.52],[13.3,-90.5]]]}"
                    + "| Ogiltig GeoJSON: koordinaten [13.3, -90.5] ligger utanför WGS84",
            "{\"type\":\"Polygon\",\"coordinates\":[[[1e400,57.45],[13.4,57.45],[13.4,57.52],[1e400,57.45]]]}"
                    + "| Ogiltig GeoJSON: koordinaten innehåller ett tal som inte är ändligt",
            "{\"type\":\"Polygon\",\"coordinates\":[[[\"13.3\",57.45],[13.4,57.45],[13.4,57.52],[13.3,57.45]]]}"
                    + "| Ogiltig GeoJSON: varje koordinat måste vara en lista med longitud och latitud",
            "{\"type\":\"Polygon\",\"coordinates\":[[[13.3],[13.4,57.45],[13.4,57.52],[13.3]]]}"
                    + "| Ogiltig GeoJSON: varje koordinat måste vara en lista med longitud och latitud",
            // a bow tie
            "{\"type\":\"Polygon\",\"coordinates\":[[[13.3,57.45],[13.4,57.52],[13.4,57.45],[13.3,57.52],[13.3,57.45]]]}"
                    + "| Ogiltig GeoJSON: polygonen korsar sig själv",
            "{\"type\":\"Polygon\",\"coordinates\":[[[13.3,57.45],[13.4,57.45],[13.3,57.45],[13.3,57.45]]]}"
                    + "| Ogiltig GeoJSON: polygonens ring måste ha minst tre olika hörn",
            "{\"type\":\"Polygon\",\"coordinates\":[" + SQUARE + "," + SECOND_SQUARE + "]}"
                    + "| Ogiltig GeoJSON: ett hål i polygonen ligger utanför polygonen eller i ett annat hål",
            "{\"type\":\"MultiPolygon\",\"coordinates\":[]}| Ogiltig GeoJSON: multipolygonen saknar polygoner",
            "{\"type\":\"Feature\",\"properties\":{\"name\":\"x\"},\"geometry\":null}"
                    + "| Ogiltig GeoJSON: objektet saknar geometri",
            "{\"type\":\"FeatureCollection\",\"features\":[]}| Ogiltig GeoJSON: FeatureCollection innehåller inga objekt",
            "{\"type\":\"FeatureCollection\"}| Ogiltig GeoJSON: FeatureCollection saknar listan features",
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Polygon\",\"coordinates\":[" + SQUARE + "]}]}"
                    + "| Ogiltig GeoJSON: en FeatureCollection får bara innehålla Feature-objekt",
            "{\"coordinates\":[]}| Ogiltig GeoJSON: objektet saknar type",
            "[1,2,3]| Ogiltig GeoJSON: förväntade ett GeoJSON-objekt",
            "{\"type\":\"Polygon\",| Ogiltig GeoJSON: texten är inte giltig JSON",
            "'   '| Ogiltig GeoJSON: texten är tom",
    })
    void refusesWithASwedishExplanation(String geoJson, String message) {
        assertThatThrownBy(() -> GeoJsonGeometry.read(geoJson))
                .isInstanceOf(GeoJsonGeometry.InvalidGeoJsonException.class)
                .hasMessage(message);
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> GeoJsonGeometry.read(null))
                .isInstanceOf(GeoJsonGeometry.InvalidGeoJsonException.class)
                .hasMessage("Ogiltig GeoJSON: texten är tom");
    }

    @Test
    void refusesMoreThanTheMaximumNumberOfPositions() {
        assertThatThrownBy(() -> GeoJsonGeometry.read(polygon(circle(GeoJsonGeometry.MAX_POSITIONS + 1))))
                .isInstanceOf(GeoJsonGeometry.InvalidGeoJsonException.class)
                .hasMessage("Ogiltig GeoJSON: högst 100 000 koordinater tillåts");
    }

    @Test
    void acceptsExactlyTheMaximumNumberOfPositions() {
        Geometry area = GeoJsonGeometry.read(polygon(circle(GeoJsonGeometry.MAX_POSITIONS))).get(0).geometry();

        assertThat(area.getNumPoints()).isEqualTo(GeoJsonGeometry.MAX_POSITIONS);
        assertThat(GeoJsonGeometry.contains(area, 57.485, 13.35)).isTrue();
    }

    @Test
    void writeRefusesOtherGeometries() {
        Geometry point = new GeometryFactory()
                .createPoint(new Coordinate(13.3, 57.45));

        assertThatThrownBy(() -> GeoJsonGeometry.write(point)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String polygon(String rings) {
        return "{\"type\":\"Polygon\",\"coordinates\":[" + rings + "]}";
    }

    private static String feature(String name, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"name\":\"" + name + "\"},\"geometry\":" + geometry + "}";
    }

    /** A closed ring of the given number of positions around central Tranemo. */
    private static String circle(int positions) {
        StringJoiner ring = new StringJoiner(",", "[", "]");
        int corners = positions - 1;
        for (int i = 0; i < corners; i++) {
            double angle = 2 * Math.PI * i / corners;
            ring.add("[" + (13.35 + 0.05 * Math.cos(angle)) + "," + (57.485 + 0.03 * Math.sin(angle)) + "]");
        }
        ring.add("[" + (13.35 + 0.05) + "," + 57.485 + "]");
        return ring.toString();
    }
}
