package se.trygghetsnav.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsnav.TrygghetsnavApplication;
import se.trygghetsnav.account.AccessTokens;
import se.trygghetsnav.bench.BenchFixtures.AreaShape;
import se.trygghetsnav.bench.LoadDriver.Measurement;
import se.trygghetsnav.bench.LoadDriver.Task;
import se.trygghetsnav.municipality.Area;
import se.trygghetsnav.municipality.MunicipalityService;
import se.trygghetsnav.platform.Role;

/**
 * Filing incident reports over the JSON API ({@code POST /api/v1/reports} with a personal access
 * token: token check, account and memberships, JSON, validation, categories and areas, the area
 * found from the point, the insert, the stored report read back and returned as JSON) against a
 * baseline measured in the same run on the same database: a plain JDBC single-row INSERT of the
 * same column values (auto-commit, one transaction per row). Both run with the same number of
 * client threads for the same time, each after its own warm-up. Prints reports per second,
 * latency percentiles and the ratios. Run with
 * {@code mvn -Pbench verify -Dbench.class=se.trygghetsnav.bench.ReportIngestBenchmark} (see README).
 */
public final class ReportIngestBenchmark {

    private static final int THREADS = Integer.getInteger("bench.threads", 4);
    private static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 10));
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
    private static final int PAYLOADS = 1000;
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final String[] POLICE = {"YES", "NO", "DONT_KNOW"};

    /** One report: its JSON for the API and the column values the baseline inserts. */
    private record Payload(String json, long categoryId, OffsetDateTime occurredFrom, double latitude, double longitude,
            String place, Long areaId, String description, String reportedToPolice) {}

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = SpringApplication.run(TrygghetsnavApplication.class,
                "--server.port=0", "--trygghetsnav.embedded-db.data-dir=", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off", "--spring.datasource.hikari.maximum-pool-size=" + (THREADS * 2));
        try {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long organisationId = BenchFixtures.organisation(jdbc);
            long reporterId = BenchFixtures.person(jdbc, organisationId, "bench-reporter@trygghetsnav.local", Role.REPORTER);
            List<Long> areaIds = BenchFixtures.areas(jdbc);
            Map<String, Long> categories = BenchFixtures.categories(jdbc);
            String token = app.getBean(AccessTokens.class).create(reporterId, "benchmark");
            List<Payload> payloads = randomPayloads(categories, app.getBean(MunicipalityService.class));
            long withArea = payloads.stream().filter(p -> p.areaId() != null).count();

            String url = "http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/api/v1/reports";
            DataSource dataSource = app.getBean(DataSource.class);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

            Task fileOverHttp = () -> {
                Payload payload = payloads.get(ThreadLocalRandom.current().nextInt(payloads.size()));
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(payload.json())).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201) {
                    throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
                }
            };
            Task insertWithJdbc = () -> insertSameRow(dataSource,
                    payloads.get(ThreadLocalRandom.current().nextInt(payloads.size())), reporterId, organisationId);

            System.out.printf("Incident report ingest benchmark: %d client threads, %d s warm-up, %d s measured, %d cores, Java %s%n",
                    THREADS, WARMUP.toSeconds(), MEASURE.toSeconds(), Runtime.getRuntime().availableProcessors(),
                    Runtime.version());
            System.out.printf("%d payloads, %d of them with a point inside one of %d areas (municipality %s, %d categories)%n",
                    payloads.size(), withArea, areaIds.size(), BenchFixtures.MUNICIPALITY, categories.size());
            LoadDriver.run(insertWithJdbc, THREADS, WARMUP);
            LoadDriver.run(fileOverHttp, THREADS, WARMUP);
            Measurement baseline = LoadDriver.run(insertWithJdbc, THREADS, MEASURE);
            Measurement file = LoadDriver.run(fileOverHttp, THREADS, MEASURE);

            System.out.println();
            LoadDriver.header();
            LoadDriver.print("baseline: JDBC single-row INSERT", baseline);
            LoadDriver.print("HTTP POST /api/v1/reports", file);
            System.out.println();
            System.out.printf("ratio throughput (HTTP / baseline): %.2f%n", file.perSecond() / baseline.perSecond());
            System.out.printf("ratio p50 latency (HTTP / baseline): %.2f%n", file.percentile(50) / baseline.percentile(50));
            System.out.printf("ratio p99 latency (HTTP / baseline): %.2f%n", file.percentile(99) / baseline.percentile(99));
            jdbc.sql("SELECT count(*) AS reports, count(area_id) AS with_area FROM incident_report")
                    .query((rs, row) -> String.format("rows in incident_report after the run (warm-ups included): %d, %d with an area",
                            rs.getLong("reports"), rs.getLong("with_area")))
                    .list()
                    .forEach(System.out::println);
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("heap in use after the run (application + driver): %d MB%n",
                    (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
        } finally {
            app.close();
        }
    }

    /**
     * Valid reports from the last 30 days in the realistic category mix; about 60 % with a point
     * inside an area, the rest anywhere within 3 km of the centre. The area each point lies in is
     * looked up once, here, with the application's own lookup, so the baseline inserts the same
     * area id the API will find.
     */
    private static List<Payload> randomPayloads(Map<String, Long> categories, MunicipalityService municipalities) {
        Random random = new Random(42);
        List<String> codes = new ArrayList<>(BenchFixtures.CATEGORY_WEIGHTS.keySet());
        int categoryTotal = BenchFixtures.CATEGORY_WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        double areaTotal = BenchFixtures.AREAS.stream().mapToDouble(AreaShape::weight).sum();
        double metresPerDegreeLongitude = BenchFixtures.metresPerDegreeLongitude();
        LocalDateTime now = LocalDateTime.now(SWEDEN);
        List<Payload> payloads = new ArrayList<>();
        for (int i = 0; i < PAYLOADS; i++) {
            String code = codes.get(codes.size() - 1);
            int pick = random.nextInt(categoryTotal);
            for (String candidate : codes) {
                pick -= BenchFixtures.CATEGORY_WEIGHTS.get(candidate);
                if (pick < 0) {
                    code = candidate;
                    break;
                }
            }
            double latitude;
            double longitude;
            String place;
            if (random.nextDouble() < 0.6) {
                AreaShape area = BenchFixtures.AREAS.get(BenchFixtures.AREAS.size() - 1);
                double w = random.nextDouble() * areaTotal;
                for (AreaShape candidate : BenchFixtures.AREAS) {
                    w -= candidate.weight();
                    if (w < 0) {
                        area = candidate;
                        break;
                    }
                }
                double metres = area.radiusMetres() * 0.7 * Math.sqrt(random.nextDouble());
                double angle = random.nextDouble() * 2 * Math.PI;
                latitude = area.latitude() + metres * Math.cos(angle) / 111_320;
                longitude = area.longitude() + metres * Math.sin(angle) / metresPerDegreeLongitude;
                place = "Vid " + area.name().substring("Bänk ".length()).toLowerCase(Locale.ROOT);
            } else {
                latitude = BenchFixtures.CENTRE_LATITUDE + (random.nextDouble() * 6000 - 3000) / 111_320;
                longitude = BenchFixtures.CENTRE_LONGITUDE + (random.nextDouble() * 6000 - 3000) / metresPerDegreeLongitude;
                place = "Gång- och cykelvägen";
            }
            latitude = Math.round(latitude * 1e6) / 1e6;
            longitude = Math.round(longitude * 1e6) / 1e6;
            LocalDateTime occurred = now.minusMinutes(60 + random.nextInt(30 * 24 * 60 - 60)).truncatedTo(ChronoUnit.MINUTES);
            String description = BenchFixtures.DESCRIPTIONS.get(random.nextInt(BenchFixtures.DESCRIPTIONS.size()));
            String police = POLICE[random.nextInt(POLICE.length)];
            String json = String.format(Locale.ROOT, """
                    {"category": "%s", "occurredFrom": "%s", "latitude": %.6f, "longitude": %.6f, "place": "%s", \
                    "description": "%s", "reportedToPolice": "%s"}""", code, occurred, latitude, longitude, place, description, police);
            Long areaId = municipalities.areaContaining(BenchFixtures.MUNICIPALITY, latitude, longitude).map(Area::id).orElse(null);
            payloads.add(new Payload(json, categories.get(code), occurred.atZone(SWEDEN).toOffsetDateTime(), latitude, longitude,
                    place, areaId, description, police));
        }
        return payloads;
    }

    private static void insertSameRow(DataSource dataSource, Payload payload, long reporterId, long organisationId) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO incident_report (municipality_code, category_id, reporter_id, organisation_id, occurred_from,
                         occurred_to, latitude, longitude, place, area_id, description, people_involved, reported_to_police, source)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            connection.setAutoCommit(true);
            insert.setString(1, BenchFixtures.MUNICIPALITY);
            insert.setLong(2, payload.categoryId());
            insert.setLong(3, reporterId);
            insert.setLong(4, organisationId);
            insert.setObject(5, payload.occurredFrom());
            insert.setNull(6, Types.TIMESTAMP_WITH_TIMEZONE);
            insert.setDouble(7, payload.latitude());
            insert.setDouble(8, payload.longitude());
            insert.setString(9, payload.place());
            if (payload.areaId() == null) {
                insert.setNull(10, Types.BIGINT);
            } else {
                insert.setLong(10, payload.areaId());
            }
            insert.setString(11, payload.description());
            insert.setNull(12, Types.INTEGER);
            insert.setString(13, payload.reportedToPolice());
            insert.setString(14, "API");
            insert.executeUpdate();
        }
    }
}
