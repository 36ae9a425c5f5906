package se.trygghetsnav.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
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
import se.trygghetsnav.platform.Role;
import tools.jackson.databind.JsonNode;

class ReportApiTest extends IntegrationTest {

    @Autowired AccessTokens accessTokens;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;

    private Fixtures fixtures;
    private Fixtures.Person reporter;
    private Fixtures.Person otherReporter;
    private Fixtures.Person coordinator;
    private Fixtures.Person borasCoordinator;
    private long centrum;
    private long borasArea;
    private final LocalDate twoDaysAgo = LocalDate.now(ZoneId.of("Europe/Stockholm")).minusDays(2);

    @BeforeEach
    void municipalities() {
        fixtures = new Fixtures(jdbc, accessTokens, encoder, users);
        long housing = fixtures.organisation(Fixtures.TRANEMO, "Tranemo Bostäder", "HOUSING_COMPANY");
        long safety = fixtures.organisation(Fixtures.TRANEMO, "Trygghet och säkerhet", "MUNICIPAL_DEPARTMENT");
        reporter = fixtures.person(Fixtures.TRANEMO, housing, Role.REPORTER);
        otherReporter = fixtures.person(Fixtures.TRANEMO, housing, Role.REPORTER);
        coordinator = fixtures.person(Fixtures.TRANEMO, safety, Role.COORDINATOR);
        long boras = fixtures.organisation(Fixtures.BORAS, "Borås Stad", "MUNICIPAL_DEPARTMENT");
        borasCoordinator = fixtures.person(Fixtures.BORAS, boras, Role.COORDINATOR);
        centrum = fixtures.area(Fixtures.TRANEMO, "Centrum", 57.4850, 13.3510);
        borasArea = fixtures.area(Fixtures.BORAS, "Borås centrum", 57.7210, 12.9401);
    }

    @Test
    void aReporterFilesAReportWithAPointAndItsAreaIsFound() {
        TestHttp.Reply reply = as(reporter).postJson("/api/v1/reports", TestHttp.json(report(Map.of(
                "latitude", 57.4851, "longitude", 13.3512, "description", "Krossad ruta i busskuren."))));

        assertThat(reply.status()).isEqualTo(201);
        JsonNode report = reply.json();
        assertThat(reply.header("Location")).isEqualTo("/api/v1/reports/" + report.get("id").asLong());
        assertThat(report.get("categoryName").asString()).isEqualTo("Skadegörelse");
        assertThat(report.get("areaId").asLong()).isEqualTo(centrum);
        assertThat(report.get("areaName").asString()).isEqualTo("Centrum");
        assertThat(report.get("municipalityCode").asString()).isEqualTo(Fixtures.TRANEMO);
        assertThat(report.get("source").asString()).isEqualTo("API");
        assertThat(report.get("occurredFrom").asString()).startsWith(twoDaysAgo + "T21:30");
        assertThat(jdbc.sql("SELECT h3_cell FROM incident_report WHERE id = :id").param("id", report.get("id").asLong())
                .query(Long.class).single())
                .isEqualTo(se.trygghetsnav.analysis.HexGrid.cell(57.4851, 13.3512, 10));
    }

    @Test
    void swerefCoordinatesAreAcceptedAndStoredAsWgs84() {
        // Tranemo centre in SWEREF 99 TM
        TestHttp.Reply reply = as(reporter).postJson("/api/v1/reports", TestHttp.json(report(Map.of(
                "northing", 6372575.722, "easting", 401139.250))));
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("latitude").asDouble()).isCloseTo(57.4850, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(reply.json().get("longitude").asDouble()).isCloseTo(13.3510, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(reply.json().get("areaName").asString()).isEqualTo("Centrum");
    }

    @Test
    void invalidReportsAre422NamingEachField() {
        Map<String, Object> bad = new LinkedHashMap<>(report(Map.of()));
        bad.put("category", "FINNS_INTE");
        bad.put("occurredFrom", "igår kväll");
        bad.put("reportedToPolice", "KANSKE");
        TestHttp.Reply reply = as(reporter).postJson("/api/v1/reports", TestHttp.json(bad));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(reply)).contains("category", "occurredFrom", "reportedToPolice");

        TestHttp.Reply rules = as(reporter).postJson("/api/v1/reports", TestHttp.json(report(Map.of(
                "occurredFrom", LocalDate.now().plusDays(3) + "T10:00",
                "latitude", 48.85, "longitude", 2.35,
                "area", borasArea,
                "peopleInvolved", -2))));
        assertThat(rules.status()).isEqualTo(422);
        assertThat(fields(rules)).contains("occurredFrom", "latitude", "area", "peopleInvolved");

        TestHttp.Reply onlyLatitude = as(reporter).postJson("/api/v1/reports", TestHttp.json(report(Map.of("latitude", 57.48))));
        assertThat(fields(onlyLatitude)).contains("latitude");

        TestHttp.Reply mixed = as(reporter).postJson("/api/v1/reports", TestHttp.json(report(Map.of(
                "northing", 6372575.0, "easting", 401139.0, "latitude", 57.4))));
        assertThat(fields(mixed)).contains("northing");

        TestHttp.Reply nowhere = as(reporter).postJson("/api/v1/reports", TestHttp.json(report(Map.of("place", ""))));
        assertThat(fields(nowhere)).contains("place");
        assertThat(jdbc.sql("SELECT count(*) FROM incident_report").query(Long.class).single()).isZero();
    }

    @Test
    void aPersonalIdentityNumberInTheDescriptionIsRefusedAndAnInvalidOneIsNot() {
        TestHttp.Reply refused = as(reporter).postJson("/api/v1/reports", TestHttp.json(report(Map.of(
                "description", "Anmälare 811218-9876 såg allt."))));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("description");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("personnummer");

        TestHttp.Reply wrongCheckDigit = as(reporter).postJson("/api/v1/reports", TestHttp.json(report(Map.of(
                "description", "Ärendenummer 811218-9875 hos fastighetsjouren."))));
        assertThat(wrongCheckDigit.status()).isEqualTo(201);
    }

    @Test
    void listsFilterByPeriodCategoryAreaAndBoundingBox() {
        as(reporter).postJson("/api/v1/reports", TestHttp.json(report(Map.of("latitude", 57.4851, "longitude", 13.3512))));
        as(reporter).postJson("/api/v1/reports", TestHttp.json(report(Map.of("category", "GRAFFITI", "place", "Stationen"))));
        as(reporter).postJson("/api/v1/reports", TestHttp.json(report(Map.of("occurredFrom", twoDaysAgo.minusDays(20) + "T12:00"))));

        TestHttpAuth api = as(coordinator);
        assertThat(api.get("/api/v1/reports").json()).hasSize(3);
        assertThat(api.get("/api/v1/reports?from=" + twoDaysAgo + "&to=" + twoDaysAgo).json()).hasSize(2);
        long graffiti = fixtures.category(Fixtures.TRANEMO, "GRAFFITI");
        assertThat(api.get("/api/v1/reports?category=" + graffiti).json()).hasSize(1);
        assertThat(api.get("/api/v1/reports?area=" + centrum).json()).hasSize(1);
        assertThat(api.get("/api/v1/reports?bbox=57.48,13.34,57.49,13.36").json()).hasSize(1);
        assertThat(api.get("/api/v1/reports?bbox=57.50,13.34,57.49,13.36").status()).isEqualTo(422);
        assertThat(api.get("/api/v1/reports?from=igår").status()).isEqualTo(422);

        JsonNode geoJson = api.get("/api/v1/reports.geojson").json();
        assertThat(geoJson.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(geoJson.get("features")).hasSize(1);
        assertThat(geoJson.get("features").get(0).get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(13.3512);

        JsonNode areas = api.get("/api/v1/areas").json();
        assertThat(areas.get("features")).hasSize(1);
        assertThat(areas.get("features").get(0).get("properties").get("name").asString()).isEqualTo("Centrum");
        assertThat(api.get("/api/v1/categories").json()).hasSize(13);
    }

    @Test
    void reportersSeeOnlyTheirOwnReports() {
        long mine = as(reporter).postJson("/api/v1/reports", TestHttp.json(report(Map.of()))).json().get("id").asLong();
        long theirs = as(otherReporter).postJson("/api/v1/reports", TestHttp.json(report(Map.of()))).json().get("id").asLong();
        assertThat(as(reporter).get("/api/v1/reports").json()).hasSize(1);
        assertThat(as(reporter).get("/api/v1/reports/" + mine).status()).isEqualTo(200);
        assertThat(as(reporter).get("/api/v1/reports/" + theirs).status()).isEqualTo(404);
        assertThat(as(coordinator).get("/api/v1/reports").json()).hasSize(2);
    }

    @Test
    void theWeeklyPictureComparesWithTheEightWeeksBefore() {
        IsoWeek week = IsoWeek.of(twoDaysAgo);
        for (int i = 1; i <= 8; i++) {
            as(reporter).postJson("/api/v1/reports", TestHttp.json(report(Map.of("occurredFrom", week.plus(-i).monday().plusDays(2) + "T20:00"))));
        }
        as(reporter).postJson("/api/v1/reports", TestHttp.json(report(Map.of("occurredFrom", week.monday() + "T20:00"))));
        as(reporter).postJson("/api/v1/reports", TestHttp.json(report(Map.of("occurredFrom", week.monday() + "T21:00"))));
        as(reporter).postJson("/api/v1/reports", TestHttp.json(report(Map.of("occurredFrom", week.monday() + "T22:00"))));

        JsonNode picture = as(coordinator).get("/api/v1/weeks/" + week).json();
        assertThat(picture.get("total").get("count").asLong()).isEqualTo(3);
        assertThat(picture.get("total").get("baseline").asDouble()).isEqualTo(1.0);
        assertThat(picture.get("series")).hasSize(9);
        assertThat(picture.get("reports")).hasSize(3);
        JsonNode vandalism = java.util.stream.StreamSupport.stream(picture.get("categories").spliterator(), false)
                .filter(row -> row.get("name").asString().equals("Skadegörelse")).findFirst().orElseThrow();
        assertThat(vandalism.get("comparison").get("count").asLong()).isEqualTo(3);
        assertThat(as(coordinator).get("/api/v1/weeks/2026-W99").status()).isEqualTo(422);
        assertThat(as(reporter).get("/api/v1/weeks/" + week).status()).as("reporters do not read the whole picture").isEqualTo(403);
    }

    @Test
    void tokensAreRequiredAndRevokedTokensStopWorking() {
        assertThat(new TestHttpAuth(baseUrl(), null).get("/api/v1/reports").status()).isEqualTo(401);
        assertThat(new TestHttpAuth(baseUrl(), "tnpat_fel").get("/api/v1/reports").status()).isEqualTo(401);
        long tokenId = jdbc.sql("SELECT id FROM access_token WHERE user_id = :u").param("u", coordinator.id()).query(Long.class).single();
        accessTokens.revoke(coordinator.id(), tokenId);
        TestHttp.Reply revoked = as(coordinator).get("/api/v1/reports");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void anotherMunicipalityNeverSeesTheData() {
        long id = as(reporter).postJson("/api/v1/reports", TestHttp.json(report(Map.of("latitude", 57.4851, "longitude", 13.3512))))
                .json().get("id").asLong();
        TestHttpAuth boras = as(borasCoordinator);
        assertThat(boras.get("/api/v1/reports/" + id).status()).isEqualTo(404);
        assertThat(boras.get("/api/v1/reports").json()).isEmpty();
        assertThat(boras.get("/api/v1/reports.geojson").json().get("features")).isEmpty();
        assertThat(boras.get("/api/v1/areas").json().get("features").get(0).get("properties").get("name").asString()).isEqualTo("Borås centrum");
        IsoWeek week = IsoWeek.of(twoDaysAgo);
        assertThat(boras.get("/api/v1/weeks/" + week).json().get("total").get("count").asLong()).isZero();
        for (String path : new String[] {"/api/v1/reports?municipality=" + Fixtures.TRANEMO, "/api/v1/reports.geojson?municipality=" + Fixtures.TRANEMO,
                "/api/v1/reports/" + id + "?municipality=" + Fixtures.TRANEMO, "/api/v1/areas?municipality=" + Fixtures.TRANEMO,
                "/api/v1/categories?municipality=" + Fixtures.TRANEMO, "/api/v1/weeks/" + week + "?municipality=" + Fixtures.TRANEMO}) {
            TestHttp.Reply reply = boras.get(path);
            assertThat(reply.status()).as(path).isEqualTo(403);
            assertThat(reply.body()).as(path).doesNotContain("Centrum", "Skadegörelse");
        }
        TestHttp.Reply create = boras.postJson("/api/v1/reports", TestHttp.json(report(Map.of("area", centrum))));
        assertThat(create.status()).as("Tranemo's area does not exist in Borås").isEqualTo(422);
        assertThat(fields(create)).containsExactly("area");
    }

    private Map<String, Object> report(Map<String, Object> overrides) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("category", "VANDALISM");
        report.put("occurredFrom", twoDaysAgo + "T21:30");
        report.put("place", "Busskuren vid stationen");
        report.put("description", "Krossad ruta.");
        report.put("reportedToPolice", "NO");
        report.putAll(overrides);
        if ("".equals(report.get("place"))) {
            report.remove("place");
        }
        return report;
    }

    private TestHttpAuth as(Fixtures.Person person) {
        return new TestHttpAuth(baseUrl(), person.token());
    }

    private static java.util.List<String> fields(TestHttp.Reply reply) {
        java.util.List<String> fields = new java.util.ArrayList<>();
        reply.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
