package se.trygghetsnav.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tranemo's twelve localities and a handful of demo areas drawn as small polygons around real
 * places. Coordinates are WGS84 and approximate; the shapes are plausible, not surveyed.
 */
final class DemoGeography {

    private static final double METRES_PER_DEGREE_LATITUDE = 111_320;

    /** A town or village with its centre point and places named in reports there. */
    record Locality(String name, double latitude, double longitude, List<String> landmarks) {}

    /** A demo area: a slightly irregular octagon of about {@code radiusMetres} around a centre. */
    record AreaShape(String name, String locality, double latitude, double longitude, double radiusMetres,
            List<String> landmarks) {

        /** Irregularity of the octagon's corners, so the areas do not look machine-made. */
        private static final double[] CORNER_FACTORS = {1.00, 0.86, 1.08, 0.92, 1.04, 0.82, 0.97, 0.90};

        /** Closed ring of [longitude, latitude] corners, counter-clockwise as GeoJSON asks. */
        double[][] ring() {
            double[][] ring = new double[CORNER_FACTORS.length + 1][];
            for (int i = 0; i < CORNER_FACTORS.length; i++) {
                double angle = Math.toRadians(10 - 45.0 * i);
                double metres = radiusMetres * CORNER_FACTORS[i];
                ring[i] = new double[] {
                        round(longitude + metres * Math.sin(angle) / metresPerDegreeLongitude(latitude)),
                        round(latitude + metres * Math.cos(angle) / METRES_PER_DEGREE_LATITUDE)};
            }
            ring[CORNER_FACTORS.length] = ring[0];
            return ring;
        }

        /** The ring as a GeoJSON Polygon geometry. */
        String geoJson() {
            List<String> corners = new ArrayList<>();
            for (double[] corner : ring()) {
                corners.add(String.format(Locale.ROOT, "[%.6f, %.6f]", corner[0], corner[1]));
            }
            return "{\"type\": \"Polygon\", \"coordinates\": [[" + String.join(", ", corners) + "]]}";
        }

        double minLatitude() {
            return extreme(1, true);
        }

        double maxLatitude() {
            return extreme(1, false);
        }

        double minLongitude() {
            return extreme(0, true);
        }

        double maxLongitude() {
            return extreme(0, false);
        }

        private double extreme(int axis, boolean min) {
            double result = min ? Double.MAX_VALUE : -Double.MAX_VALUE;
            for (double[] corner : ring()) {
                result = min ? Math.min(result, corner[axis]) : Math.max(result, corner[axis]);
            }
            return result;
        }

        /** Point in polygon by ray casting. */
        boolean contains(double lat, double lon) {
            double[][] ring = ring();
            boolean inside = false;
            for (int i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
                double xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
                if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
            return inside;
        }
    }

    static final List<Locality> LOCALITIES = List.of(
            new Locality("Tranemo", 57.4850, 13.3510, List.of("Storgatan", "idrottsplatsen", "återvinningsstationen")),
            new Locality("Limmared", 57.5380, 13.3540, List.of()),
            new Locality("Dalstorp", 57.6080, 13.5160, List.of()),
            new Locality("Grimsås", 57.4910, 13.5620, List.of()),
            village("Länghem", 57.5990, 13.2400),
            village("Ambjörnarp", 57.4230, 13.2760),
            village("Uddebo", 57.4480, 13.2300),
            village("Sjötofta", 57.3780, 13.3040),
            village("Ljungsarp", 57.5680, 13.4650),
            village("Nittorp", 57.5560, 13.5350),
            village("Hulared", 57.6430, 13.4570),
            village("Månstad", 57.6050, 13.3300));

    static final String TRANEMO_CENTRUM = "Tranemo centrum";
    static final String STATION = "Tranemo stationsområdet";
    static final String SOLGARDEN = "Tranemo Bostäder – Solgården";
    static final String GYMNASIESKOLA = "Tranemo gymnasieskola";
    static final String LIMMARED = "Limmared centrum";
    static final String DALSTORP = "Dalstorp centrum";
    static final String GRIMSAS = "Grimsås centrum";

    static final List<AreaShape> AREAS = List.of(
            new AreaShape(TRANEMO_CENTRUM, "Tranemo", 57.4852, 13.3510, 260,
                    List.of("torget", "ICA-butiken", "biblioteket", "busstorget", "kommunhuset", "pizzerian")),
            new AreaShape(STATION, "Tranemo", 57.4880, 13.3435, 210,
                    List.of("stationen", "pendelparkeringen", "busshållplatsen vid stationen", "cykelparkeringen vid stationen",
                            "gång- och cykeltunneln vid stationen", "vänthallen")),
            new AreaShape(SOLGARDEN, "Tranemo", 57.4808, 13.3592, 200,
                    List.of("tvättstugan på Solgården", "soprummet på Solgården", "lekplatsen på Solgården",
                            "garagelängan på Solgården", "källarförråden på Solgården")),
            new AreaShape(GYMNASIESKOLA, "Tranemo", 57.4897, 13.3582, 180,
                    List.of("gymnasieskolans entré", "skolgården", "idrottshallen", "cykelstället vid gymnasieskolan")),
            new AreaShape(LIMMARED, "Limmared", 57.5375, 13.3545, 230,
                    List.of("torget i Limmared", "glasbruket", "stationen i Limmared", "skolan i Limmared")),
            new AreaShape(DALSTORP, "Dalstorp", 57.6080, 13.5160, 230,
                    List.of("torget i Dalstorp", "skolan i Dalstorp", "idrottsplatsen i Dalstorp", "livsmedelsbutiken i Dalstorp")),
            new AreaShape(GRIMSAS, "Grimsås", 57.4910, 13.5620, 200,
                    List.of("busshållplatsen i Grimsås", "skolan i Grimsås", "livsmedelsbutiken i Grimsås")));

    private DemoGeography() {}

    private static Locality village(String name, double latitude, double longitude) {
        return new Locality(name, latitude, longitude, List.of("busshållplatsen i " + name, "bygdegården i " + name,
                "återvinningsstationen i " + name, "badplatsen i " + name, "skolan i " + name));
    }

    static double metresPerDegreeLongitude(double latitude) {
        return METRES_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(latitude));
    }

    static double metresPerDegreeLatitude() {
        return METRES_PER_DEGREE_LATITUDE;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1_000_000) / 1_000_000.0;
    }
}
