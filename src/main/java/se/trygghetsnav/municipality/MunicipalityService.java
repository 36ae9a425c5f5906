package se.trygghetsnav.municipality;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Municipalities, counties, localities and areas. Every method that reads a tenant's data takes its code. */
@Service
public class MunicipalityService {

    private static final String AREA_COLUMNS = """
            id, municipality_code, name, geometry::text AS geometry, min_latitude, min_longitude, max_latitude, max_longitude
            """;

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
}
