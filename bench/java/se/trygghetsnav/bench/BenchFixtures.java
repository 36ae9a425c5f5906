package se.trygghetsnav.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsnav.platform.Role;

/**
 * Set-up shared by the incident benchmarks, written straight with SQL: an organisation in
 * Tranemo (1452), people with a role there, and five small areas around Tranemo centre
 * (57.485, 13.351) that do not overlap.
 */
final class BenchFixtures {

    static final String MUNICIPALITY = "1452";
    static final double CENTRE_LATITUDE = 57.485;
    static final double CENTRE_LONGITUDE = 13.351;

    private static final double METRES_PER_DEGREE_LATITUDE = 111_320;
    private static final double[] CORNER_FACTORS = {1.00, 0.86, 1.08, 0.92, 1.04, 0.82, 0.97, 0.90};

    /**
     * A benchmark area: an irregular octagon of about {@code radiusMetres} around a centre given
     * as metres north and east of Tranemo centre. Every point within 0.7 × the radius of the centre
     * lies inside the octagon.
     */
    record AreaShape(String name, double northMetres, double eastMetres, double radiusMetres, double weight) {

        double latitude() {
            return CENTRE_LATITUDE + northMetres / METRES_PER_DEGREE_LATITUDE;
        }

        double longitude() {
            return CENTRE_LONGITUDE + eastMetres / metresPerDegreeLongitude();
        }

        double[][] ring() {
            double[][] ring = new double[CORNER_FACTORS.length + 1][];
            for (int i = 0; i < CORNER_FACTORS.length; i++) {
                double angle = Math.toRadians(10 - 45.0 * i);
                double metres = radiusMetres * CORNER_FACTORS[i];
                ring[i] = new double[] {longitude() + metres * Math.sin(angle) / metresPerDegreeLongitude(),
                        latitude() + metres * Math.cos(angle) / METRES_PER_DEGREE_LATITUDE};
            }
            ring[CORNER_FACTORS.length] = ring[0];
            return ring;
        }

        String geoJson() {
            List<String> corners = new ArrayList<>();
            for (double[] corner : ring()) {
                corners.add(String.format(Locale.ROOT, "[%.6f, %.6f]", corner[0], corner[1]));
            }
            return "{\"type\": \"Polygon\", \"coordinates\": [[" + String.join(", ", corners) + "]]}";
        }
    }

    /** Five areas, pairwise further apart than the sum of their radii; weights as in the demo data's hot spots. */
    static final List<AreaShape> AREAS = List.of(
            new AreaShape("Bänk Centrum", 0, 0, 450, 22),
            new AreaShape("Bänk Stationen", 1200, -600, 300, 13),
            new AreaShape("Bänk Solgården", -1000, 900, 350, 14),
            new AreaShape("Bänk Skolan", 300, 1300, 250, 8),
            new AreaShape("Bänk Idrottsplatsen", -700, -1200, 300, 7));

    /** Reports per year by category in the demo data (Tranemo): the realistic mix. */
    static final Map<String, Integer> CATEGORY_WEIGHTS = new LinkedHashMap<>();
    static {
        CATEGORY_WEIGHTS.put("VANDALISM", 290);
        CATEGORY_WEIGHTS.put("GRAFFITI", 190);
        CATEGORY_WEIGHTS.put("LITTERING", 240);
        CATEGORY_WEIGHTS.put("ARSON", 60);
        CATEGORY_WEIGHTS.put("THEFT", 125);
        CATEGORY_WEIGHTS.put("THREAT_VIOLENCE", 65);
        CATEGORY_WEIGHTS.put("DRUGS", 75);
        CATEGORY_WEIGHTS.put("YOUTH_GATHERING", 210);
        CATEGORY_WEIGHTS.put("PUBLIC_DISORDER", 140);
        CATEGORY_WEIGHTS.put("TRAFFIC", 110);
        CATEGORY_WEIGHTS.put("UNSAFE_ENVIRONMENT", 105);
        CATEGORY_WEIGHTS.put("SOCIAL_UNREST", 35);
        CATEGORY_WEIGHTS.put("OTHER", 55);
    }

    static final List<String> DESCRIPTIONS = List.of(
            "Krossad ruta i busskuren, glas på marken.",
            "Ett tiotal ungdomar samlades vid entrén och spelade hög musik sent på kvällen.",
            "Nytt klotter på gavel och elskåp, ungefär två meter brett.",
            "Trasig belysning längs gångvägen, mörkt och otryggt på kvällen.",
            "Mycket skräp och flaskor kvar efter helgen vid bänkarna.");

    private BenchFixtures() {}

    static double metresPerDegreeLongitude() {
        return METRES_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(CENTRE_LATITUDE));
    }

    static long organisation(JdbcClient jdbc) {
        long id = jdbc.sql("INSERT INTO organisation (name, kind) VALUES ('Bänkbostäder AB', 'HOUSING_COMPANY') RETURNING id")
                .query(Long.class).single();
        jdbc.sql("INSERT INTO organisation_municipality (organisation_id, municipality_code) VALUES (:o, :m)")
                .param("o", id).param("m", MUNICIPALITY).update();
        return id;
    }

    /** A person who can log in only with an access token ({noop}x is no usable password) and has one role. */
    static long person(JdbcClient jdbc, long organisationId, String email, Role role) {
        long id = jdbc.sql("""
                        INSERT INTO app_user (email, display_name, password_hash) VALUES (:email, :name, '{noop}x') RETURNING id
                        """)
                .param("email", email).param("name", "Bänk " + role.name().toLowerCase(Locale.ROOT))
                .query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO membership (user_id, organisation_id, municipality_code, role) VALUES (:u, :o, :m, :role)
                        """)
                .param("u", id).param("o", organisationId).param("m", MUNICIPALITY).param("role", role.name()).update();
        return id;
    }

    /** Inserts {@link #AREAS} and returns their ids in the same order. */
    static List<Long> areas(JdbcClient jdbc) {
        List<Long> ids = new ArrayList<>();
        for (AreaShape area : AREAS) {
            double[][] ring = area.ring();
            double minLat = Double.MAX_VALUE, minLon = Double.MAX_VALUE, maxLat = -Double.MAX_VALUE, maxLon = -Double.MAX_VALUE;
            for (double[] corner : ring) {
                minLon = Math.min(minLon, corner[0]);
                maxLon = Math.max(maxLon, corner[0]);
                minLat = Math.min(minLat, corner[1]);
                maxLat = Math.max(maxLat, corner[1]);
            }
            ids.add(jdbc.sql("""
                            INSERT INTO area (municipality_code, name, geometry, min_latitude, min_longitude, max_latitude, max_longitude)
                            VALUES (:m, :name, CAST(:geometry AS jsonb), :minLat, :minLon, :maxLat, :maxLon) RETURNING id
                            """)
                    .param("m", MUNICIPALITY).param("name", area.name()).param("geometry", area.geoJson())
                    .param("minLat", minLat).param("minLon", minLon).param("maxLat", maxLat).param("maxLon", maxLon)
                    .query(Long.class).single());
        }
        return ids;
    }

    /** Category ids of the municipality by code. */
    static Map<String, Long> categories(JdbcClient jdbc) {
        Map<String, Long> ids = new LinkedHashMap<>();
        jdbc.sql("SELECT code, id FROM incident_category WHERE municipality_code = :m ORDER BY sort_order")
                .param("m", MUNICIPALITY)
                .query((rs, row) -> ids.put(rs.getString("code"), rs.getLong("id")))
                .list();
        return ids;
    }
}
