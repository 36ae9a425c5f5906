package se.trygghetsnav.municipality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;

/** Municipalities, counties, localities and areas. Every method that reads a tenant's data takes its code. */
@Service
public class MunicipalityService {

    private static final String AREA_COLUMNS = """
            id, municipality_code, name, geometry::text AS geometry, min_latitude, min_longitude, max_latitude, max_longitude
            """;

    private static final GeometryFactory POINTS = new GeometryFactory();

    private final JdbcClient jdbc;

    MunicipalityService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Municipality> all() {
        return jdbc.sql("""
                        SELECT m.code, m.name, c.code AS county_code, c.name AS county_name
                        FROM municipality m JOIN county c ON c.code = m.county_code ORDER BY m.code
                        """)
                .query(Municipality.class)
                .list();
    }

    public Optional<Municipality> find(String code) {
        return jdbc.sql("""
                        SELECT m.code, m.name, c.code AS county_code, c.name AS county_name
                        FROM municipality m JOIN county c ON c.code = m.county_code WHERE m.code = :code
                        """)
                .param("code", code)
                .query(Municipality.class)
                .optional();
    }

    public List<Locality> localities(String municipalityCode) {
        return jdbc.sql("""
                        SELECT id, municipality_code, name, latitude, longitude FROM locality
                        WHERE municipality_code = :m ORDER BY name COLLATE "sv-SE-x-icu"
                        """)
                .param("m", municipalityCode)
                .query(Locality.class)
                .list();
    }

    /** Adds a locality (ort) with its centre point; names are unique within the municipality. */
    @Transactional
    public Locality createLocality(String municipalityCode, String name, double latitude, double longitude) {
        List<InputProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 100) {
            problems.add(new InputProblem("name", "Skriv ortens namn (högst 100 tecken)"));
        }
        if (!Sweref99.isPlausibleSwedishLatLng(latitude, longitude)) {
            problems.add(new InputProblem("latitude", "Punkten ligger inte i Sverige (WGS84 latitud och longitud)"));
        }
        if (problems.isEmpty() && localities(municipalityCode).stream().anyMatch(l -> l.name().equalsIgnoreCase(name.strip()))) {
            problems.add(new InputProblem("name", "Det finns redan en ort som heter " + name.strip()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = jdbc.sql("""
                        INSERT INTO locality (municipality_code, name, latitude, longitude) VALUES (:m, :name, :lat, :lon) RETURNING id
                        """)
                .param("m", municipalityCode).param("name", name.strip()).param("lat", latitude).param("lon", longitude)
                .query(Long.class).single();
        return new Locality(id, municipalityCode, name.strip(), latitude, longitude);
    }

    @Transactional
    public void deleteLocality(String municipalityCode, long localityId) {
        jdbc.sql("DELETE FROM locality WHERE municipality_code = :m AND id = :id").param("m", municipalityCode).param("id", localityId).update();
    }

    public List<Area> areas(String municipalityCode) {
        return jdbc.sql("SELECT " + AREA_COLUMNS + " FROM area WHERE municipality_code = :m ORDER BY name COLLATE \"sv-SE-x-icu\"")
                .param("m", municipalityCode)
                .query(Area.class)
                .list();
    }

    public Optional<Area> area(String municipalityCode, long areaId) {
        return jdbc.sql("SELECT " + AREA_COLUMNS + " FROM area WHERE municipality_code = :m AND id = :id")
                .param("m", municipalityCode)
                .param("id", areaId)
                .query(Area.class)
                .optional();
    }

    /** The area a point lies in (the smallest, when areas overlap). */
    public Optional<Area> areaContaining(String municipalityCode, double latitude, double longitude) {
        Point point = POINTS.createPoint(new Coordinate(longitude, latitude));
        List<Area> candidates = jdbc.sql("SELECT " + AREA_COLUMNS + """
                         FROM area WHERE municipality_code = :m
                          AND :lat BETWEEN min_latitude AND max_latitude AND :lon BETWEEN min_longitude AND max_longitude
                        """)
                .param("m", municipalityCode)
                .param("lat", latitude)
                .param("lon", longitude)
                .query(Area.class)
                .list();
        return candidates.stream()
                .map(area -> new Shape(area, GeoJsonGeometry.read(area.geometry()).get(0).geometry()))
                .filter(shape -> shape.geometry().covers(point))
                .min(Comparator.comparingDouble(shape -> shape.geometry().getArea()))
                .map(Shape::area);
    }

    /**
     * Adds areas from GeoJSON (a Polygon or MultiPolygon, a Feature or a FeatureCollection whose
     * features carry a {@code name}). {@code fallbackName} names a shape without one.
     */
    @Transactional
    public List<Area> createAreas(String municipalityCode, String geoJson, String fallbackName) {
        List<GeoJsonGeometry.NamedShape> parsed;
        try {
            parsed = GeoJsonGeometry.read(geoJson);
        } catch (GeoJsonGeometry.InvalidGeoJsonException e) {
            throw new InvalidInputException(List.of(new InputProblem("geometry", e.getMessage())));
        }
        List<Area> created = new ArrayList<>();
        for (GeoJsonGeometry.NamedShape shape : parsed) {
            String name = shape.name() != null && !shape.name().isBlank() ? shape.name().strip()
                    : fallbackName == null || fallbackName.isBlank() ? null : fallbackName.strip() + (parsed.size() > 1 ? " " + (created.size() + 1) : "");
            if (name == null) {
                throw new InvalidInputException(List.of(new InputProblem("name", "Ge området ett namn")));
            }
            boolean taken = jdbc.sql("SELECT count(*) > 0 FROM area WHERE municipality_code = :m AND name = :name")
                    .param("m", municipalityCode).param("name", name).query(Boolean.class).single();
            if (taken) {
                throw new InvalidInputException(List.of(new InputProblem("name", "Det finns redan ett område som heter " + name)));
            }
            GeoJsonGeometry.Bounds bounds = GeoJsonGeometry.bounds(shape.geometry());
            long id = jdbc.sql("""
                            INSERT INTO area (municipality_code, name, geometry, min_latitude, min_longitude, max_latitude, max_longitude)
                            VALUES (:m, :name, CAST(:geometry AS jsonb), :minLat, :minLon, :maxLat, :maxLon) RETURNING id
                            """)
                    .param("m", municipalityCode)
                    .param("name", name)
                    .param("geometry", GeoJsonGeometry.write(shape.geometry()))
                    .param("minLat", bounds.minLatitude())
                    .param("minLon", bounds.minLongitude())
                    .param("maxLat", bounds.maxLatitude())
                    .param("maxLon", bounds.maxLongitude())
                    .query(Long.class)
                    .single();
            created.add(area(municipalityCode, id).orElseThrow());
        }
        return created;
    }

    @Transactional
    public void deleteArea(String municipalityCode, long areaId) {
        jdbc.sql("DELETE FROM area WHERE municipality_code = :m AND id = :id").param("m", municipalityCode).param("id", areaId).update();
    }

    private record Shape(Area area, Geometry geometry) {}
}
