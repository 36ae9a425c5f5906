package se.trygghetsnav.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.trygghetsnav.Fixtures;
import se.trygghetsnav.IntegrationTest;
import se.trygghetsnav.TestHttp;
import se.trygghetsnav.TestHttpAuth;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.analysis.HexGrid;
import se.trygghetsnav.platform.Role;
import tools.jackson.databind.JsonNode;

/** The hot spot analysis from the database to the JSON answer, on a planted cluster. */
class HotspotApiTest extends IntegrationTest {

    private static final double STATION_LAT = 57.4880;
    private static final double STATION_LON = 13.3460;

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private Fixtures fixtures;
    private Fixtures.Person analyst;
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @BeforeEach
    void plantACluster() {
        fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        long org = fixtures.organisation(Fixtures.TRANEMO, "Polisen", "POLICE");
        analyst = fixtures.person(Fixtures.TRANEMO, org, Role.ANALYST);
        fixtures.area(Fixtures.TRANEMO, "Stationen", STATION_LAT, STATION_LON);
        fixtures.area(Fixtures.TRANEMO, "Norra skogen", 57.530, 13.330);
        long vandalism = fixtures.category(Fixtures.TRANEMO, "VANDALISM");
        Random random = new Random(7);
        // 40 reports within about 40 m of the station, 30 scattered over 10 x 10 km
        for (int i = 0; i < 70; i++) {
            boolean cluster = i < 40;
            double lat = cluster ? STATION_LAT + random.nextGaussian() * 0.0003 : 57.44 + random.nextDouble() * 0.09;
            double lon = cluster ? STATION_LON + random.nextGaussian() * 0.0005 : 13.28 + random.nextDouble() * 0.16;
            jdbc.sql("""
                            INSERT INTO incident_report (municipality_code, category_id, occurred_from, latitude, longitude, h3_cell)
                            VALUES (:m, :c, :t, :lat, :lon, :cell)
                            """)
                    .param("m", Fixtures.TRANEMO).param("c", vandalism)
                    .param("t", today.minusDays(1 + i % 20).atTime(22, 0).atZone(ZoneId.of("Europe/Stockholm")).toOffsetDateTime())
                    .param("lat", lat).param("lon", lon).param("cell", HexGrid.cell(lat, lon, 10))
                    .update();
        }
    }

    @Test
    void theClusterAtTheStationIsASignificantHotSpot() {
        JsonNode analysis = api().get("/api/v1/hotspots?resolution=9").json();
        assertThat(analysis.get("reports").asLong()).isEqualTo(70);
        assertThat(analysis.get("studyCells").asInt()).isGreaterThan(200);
        JsonNode hottest = analysis.get("hotSpots").get(0);
        assertThat(hottest.get("cell").asString()).isEqualTo(HexGrid.address(HexGrid.cell(STATION_LAT, STATION_LON, 9)));
        assertThat(hottest.get("bin").asInt()).isEqualTo(3);
        assertThat(hottest.get("z").asDouble()).isGreaterThan(2.576);
        assertThat(hottest.get("areaName").asString()).isEqualTo("Stationen");
        long total = 0;
        for (JsonNode cell : analysis.get("cells")) {
            total += cell.get("count").asLong();
        }
        assertThat(total).as("every report is in one cell").isEqualTo(70);
    }

    @Test
    void coarserResolutionsAndTheWiderRingAndFdrAllWork() {
        for (String query : new String[] {"resolution=7", "resolution=8", "resolution=10", "ring=2", "fdr=true"}) {
            TestHttp.Reply reply = api().get("/api/v1/hotspots?" + query);
            assertThat(reply.status()).as(query).isEqualTo(200);
            assertThat(reply.json().get("reports").asLong()).as(query).isEqualTo(70);
        }
        JsonNode withFdr = api().get("/api/v1/hotspots?fdr=true").json();
        JsonNode without = api().get("/api/v1/hotspots").json();
        assertThat(withFdr.get("hotSpots").size()).isLessThanOrEqualTo(without.get("hotSpots").size());
    }

    @Test
    void theSameAnalysisAsGeoJsonHexagons() {
        JsonNode geoJson = api().get("/api/v1/hotspots.geojson").json();
        assertThat(geoJson.get("type").asString()).isEqualTo("FeatureCollection");
        JsonNode first = geoJson.get("features").get(0);
        assertThat(first.get("geometry").get("type").asString()).isEqualTo("Polygon");
        assertThat(first.get("geometry").get("coordinates").get(0)).hasSize(7);
        assertThat(first.get("properties").has("z")).isTrue();
        assertThat(first.get("properties").has("bin")).isTrue();
    }

    @Test
    void aPeriodFilterLeavesOutOlderReports() {
        JsonNode lastWeek = api().get("/api/v1/hotspots?from=" + today.minusDays(7) + "&to=" + today).json();
        assertThat(lastWeek.get("reports").asLong()).isBetween(20L, 30L);
    }

    @Test
    void badParametersAre422() {
        assertThat(api().get("/api/v1/hotspots?resolution=11").status()).isEqualTo(422);
        assertThat(api().get("/api/v1/hotspots?ring=3").status()).isEqualTo(422);
        assertThat(api().get("/api/v1/hotspots?from=2026-12-01&to=2026-01-01").status()).isEqualTo(422);
        assertThat(api().get("/api/v1/hotspots?from=igår").status()).isEqualTo(400);
    }

    @Test
    void theTimePatternCountsEveryReportOnce() {
        JsonNode pattern = api().get("/api/v1/time-pattern").json();
        assertThat(pattern.get("total").asLong()).isEqualTo(70);
        long tenPm = 0;
        for (JsonNode day : pattern.get("counts")) {
            tenPm += day.get(22).asLong();
        }
        assertThat(tenPm).isEqualTo(70);
    }

    private TestHttpAuth api() {
        return new TestHttpAuth(baseUrl(), analyst.token());
    }
}
