package se.trygghetsnav.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsnav.TrygghetsnavApplication;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.bench.BenchFixtures.AreaShape;
import se.trygghetsnav.incident.IsoWeek;
import se.trygghetsnav.incident.WeekComparison;
import se.trygghetsnav.incident.WeeklyPicture;
import se.trygghetsnav.incident.WeeklyPictureService;
import se.trygghetsnav.platform.Role;

/**
 * The week's lägesbild on a large table: bulk-loads N incident reports for Tranemo (1452) spread
 * over three years in the demo data's category and area mix, then times
 * {@link WeeklyPictureService#compile(Actor, IsoWeek)} for a week in the middle of the data (the
 * 9-week aggregation, categories, areas, assessments, the week's reports with their names, the
 * review) against a baseline in the same run: the bare aggregation query over the same 9 weeks
 * with JdbcClient. The two are timed alternately, the same number of times, after the same
 * warm-ups. Prints min/median/p95, the ratio, and EXPLAIN (ANALYZE, BUFFERS) of the aggregation.
 * Run with {@code mvn -Pbench verify -Dbench.class=se.trygghetsnav.bench.WeeklyCompileBenchmark}.
 */
public final class WeeklyCompileBenchmark {

    private static final int REPORTS = Integer.getInteger("bench.reports", 1_000_000);
    private static final int ITERATIONS = Integer.getInteger("bench.iterations", 20);
    private static final int WARMUPS = 3;
    private static final int DAYS = 3 * 365;
    private static final int CHUNK = 100_000;
    private static final Duration LOAD_BUDGET = Duration.ofMinutes(3);
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    /** Relative weight of each hour 0–23: evenings dominate (the demo data's evening profile). */
    private static final double[] HOURS = {5, 4, 3, 2, 1, 0.5, 0.5, 1, 1.5, 1.5, 1.5, 2, 2, 2, 2.5, 3, 4, 4.5, 5.5, 7, 8, 9, 8.5, 7};
    /** Share of reports with no area: a point elsewhere in the municipality (villages, roads). */
    private static final double WITHOUT_AREA_WEIGHT = 36;

    /** The application's aggregation (WeeklyPictureService.compile), word for word. */
    private static final String AGGREGATION = """
            SELECT (date_trunc('week', occurred_from AT TIME ZONE 'Europe/Stockholm'))::date AS monday,
                   category_id, area_id, count(*) AS reports
            FROM incident_report
            WHERE municipality_code = :m AND occurred_from >= :from AND occurred_from < :to
            GROUP BY 1, 2, 3
            """;

    /** The week's reports with their names as the application reads them (ReportQueries.SELECT), for the breakdown only. */
    private static final String WEEK_REPORTS = """
            SELECT r.id, r.municipality_code, r.category_id, c.name AS category_name, r.reporter_id,
                   u.display_name AS reporter_name, r.organisation_id, o.name AS organisation_name, r.occurred_from,
                   r.occurred_to, r.latitude, r.longitude, r.place, r.area_id, a.name AS area_name, r.description,
                   r.people_involved, r.reported_to_police, r.source, p.report_id IS NOT NULL AS has_photo, r.created_at
            FROM incident_report r
            JOIN incident_category c ON c.id = r.category_id
            LEFT JOIN app_user u ON u.id = r.reporter_id
            LEFT JOIN organisation o ON o.id = r.organisation_id
            LEFT JOIN area a ON a.id = r.area_id
            LEFT JOIN incident_photo p ON p.report_id = r.id
            WHERE r.municipality_code = :m AND r.occurred_from >= :from AND r.occurred_from < :to
            ORDER BY r.occurred_from, r.id
            """;

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = SpringApplication.run(TrygghetsnavApplication.class,
                "--server.port=0", "--trygghetsnav.embedded-db.data-dir=", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off");
        try {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long organisationId = BenchFixtures.organisation(jdbc);
            long reporterId = BenchFixtures.person(jdbc, organisationId, "bench-reporter@trygghetsnav.local", Role.REPORTER);
            long coordinatorId = BenchFixtures.person(jdbc, organisationId, "bench-coordinator@trygghetsnav.local", Role.COORDINATOR);
            List<Long> areaIds = BenchFixtures.areas(jdbc);
            Map<String, Long> categories = BenchFixtures.categories(jdbc);
            LocalDate today = LocalDate.now(SWEDEN);
            LocalDate firstDay = today.minusDays(DAYS);

            System.out.printf("Weekly compilation benchmark: %,d reports over %d days (%s to %s), %d iterations after %d warm-ups, %d cores, Java %s%n",
                    REPORTS, DAYS, firstDay, today.minusDays(1), ITERATIONS, WARMUPS, Runtime.getRuntime().availableProcessors(),
                    Runtime.version());

            long loadStart = System.nanoTime();
            String insert = bulkInsert(categories, areaIds, firstDay, reporterId, organisationId);
            for (int first = 1; first <= REPORTS; first += CHUNK) {
                int last = Math.min(REPORTS, first + CHUNK - 1);
                jdbc.sql(insert).param("first", first).param("last", last).param("n", REPORTS).update();
                Duration soFar = Duration.ofNanos(System.nanoTime() - loadStart);
                System.out.printf("  loaded %,d rows in %.1f s%n", last, soFar.toNanos() / 1e9);
            }
            Duration load = Duration.ofNanos(System.nanoTime() - loadStart);
            long vacuumStart = System.nanoTime();
            // VACUUM as well as ANALYZE: sets hint bits and the visibility map once, so neither the
            // first timed runs nor an autovacuum started by the load disturb the measurement.
            jdbc.sql("VACUUM (ANALYZE) incident_report").update();
            Duration vacuum = Duration.ofNanos(System.nanoTime() - vacuumStart);
            System.out.printf("bulk load: %,d rows in %.1f s (%,.0f rows/s), VACUUM (ANALYZE) %.1f s%n", REPORTS,
                    load.toNanos() / 1e9, REPORTS / (load.toNanos() / 1e9), vacuum.toNanos() / 1e9);
            if (load.compareTo(LOAD_BUDGET) > 0) {
                System.out.printf("NOTE: the load took longer than %d minutes on this machine; try a smaller -Dbench.reports%n",
                        LOAD_BUDGET.toMinutes());
            }
            jdbc.sql("""
                            SELECT pg_size_pretty(pg_total_relation_size('incident_report')) AS total,
                                   pg_size_pretty(pg_relation_size('incident_report')) AS heap,
                                   pg_size_pretty(pg_indexes_size('incident_report')) AS indexes,
                                   pg_size_pretty(pg_relation_size('incident_report_time')) AS time_index
                            """)
                    .query((rs, row) -> String.format("incident_report: %s in all (pg_total_relation_size): table %s, indexes %s (of which incident_report_time %s)",
                            rs.getString("total"), rs.getString("heap"), rs.getString("indexes"), rs.getString("time_index")))
                    .list()
                    .forEach(System.out::println);

            jdbc.sql("""
                            SELECT round(100.0 * count(area_id) / count(*)) AS with_area,
                                   round(100.0 * count(*) FILTER (WHERE extract(hour FROM occurred_from AT TIME ZONE 'Europe/Stockholm') >= 18) / count(*)) AS evening,
                                   (SELECT string_agg(code || ' ' || share || ' %', ', ' ORDER BY share DESC) FROM (
                                       SELECT c.code, round(100.0 * count(*) / sum(count(*)) OVER ()) AS share
                                       FROM incident_report r JOIN incident_category c ON c.id = r.category_id GROUP BY c.code) s) AS mix
                            FROM incident_report
                            """)
                    .query((rs, row) -> String.format("mix: %d %% with an area, %d %% from 18:00 on; categories %s",
                            rs.getInt("with_area"), rs.getInt("evening"), rs.getString("mix")))
                    .list()
                    .forEach(System.out::println);

            IsoWeek week = IsoWeek.of(firstDay.plusDays(DAYS / 2));
            IsoWeek firstWeek = week.plus(-WeekComparison.BASELINE_WEEKS);
            OffsetDateTime from = startOf(firstWeek.monday());
            OffsetDateTime to = startOf(week.plus(1).monday());
            OffsetDateTime weekFrom = startOf(week.monday());
            WeeklyPictureService service = app.getBean(WeeklyPictureService.class);
            Actor coordinator = new Actor(coordinatorId, "bench-coordinator@trygghetsnav.local", "Bänk coordinator",
                    BenchFixtures.MUNICIPALITY, "Tranemo", Set.of(Role.COORDINATOR), List.of());

            Supplier<Object> compile = () -> service.compile(coordinator, week);
            Supplier<Object> aggregate = () -> jdbc.sql(AGGREGATION)
                    .param("m", BenchFixtures.MUNICIPALITY).param("from", from).param("to", to)
                    .query((rs, row) -> new long[] {rs.getLong("category_id"), rs.getLong("area_id"), rs.getLong("reports")})
                    .list();
            Supplier<Object> weekReports = () -> jdbc.sql(WEEK_REPORTS)
                    .param("m", BenchFixtures.MUNICIPALITY).param("from", weekFrom).param("to", to)
                    .query((rs, row) -> rs.getLong("id"))
                    .list();

            WeeklyPicture picture = service.compile(coordinator, week);
            long inNineWeeks = jdbc.sql("SELECT count(*) FROM incident_report WHERE municipality_code = :m AND occurred_from >= :from AND occurred_from < :to")
                    .param("m", BenchFixtures.MUNICIPALITY).param("from", from).param("to", to).query(Long.class).single();
            System.out.printf("week %s (%s to %s): %,d reports in the week, %,d in the 9 weeks aggregated, %d categories, %d areas%n",
                    week, week.monday(), week.sunday(), picture.reports().size(), inNineWeeks, picture.categories().size(),
                    picture.areas().size());

            System.out.println();
            System.out.println("EXPLAIN (ANALYZE, BUFFERS) of the aggregation:");
            jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + AGGREGATION)
                    .param("m", BenchFixtures.MUNICIPALITY).param("from", from).param("to", to)
                    .query(String.class).list()
                    .forEach(line -> System.out.println("  " + line));

            List<Supplier<Object>> tasks = List.of(aggregate, compile, weekReports);
            for (int i = 0; i < WARMUPS; i++) {
                tasks.forEach(Supplier::get);
            }
            long[][] nanos = new long[tasks.size()][ITERATIONS];
            for (int i = 0; i < ITERATIONS; i++) {
                for (int t = 0; t < tasks.size(); t++) {
                    long before = System.nanoTime();
                    Object result = tasks.get(t).get();
                    nanos[t][i] = System.nanoTime() - before;
                    if (result == null) {
                        throw new IllegalStateException("no result");
                    }
                }
            }

            System.out.println();
            System.out.printf("%-36s %9s %9s %9s%n", "", "min ms", "median ms", "p95 ms");
            print("baseline: bare SQL aggregation", nanos[0]);
            print("WeeklyPictureService.compile", nanos[1]);
            print("(breakdown) SQL: the week's reports", nanos[2]);
            System.out.println();
            System.out.printf("ratio median (compile / baseline): %.2f%n", median(nanos[1]) / median(nanos[0]));
            System.out.printf("ratio min (compile / baseline): %.2f%n", min(nanos[1]) / min(nanos[0]));
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("heap in use after the run (application + driver): %d MB%n",
                    (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
        } finally {
            app.close();
        }
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(SWEDEN).toOffsetDateTime();
    }

    /**
     * One INSERT ... SELECT over generate_series(:first, :last) of :n rows in all, every value
     * computed in SQL: row i falls on day floor((i - 1) × days / n), so the rows arrive in time
     * order as filed reports do; the hour follows the evening profile; category and area are
     * drawn with width_bucket over cumulative weights (the last area bucket is "no area": a point
     * in the south-west of the municipality, away from every area).
     */
    static String bulkInsert(Map<String, Long> categories, List<Long> areaIds, LocalDate firstDay, long reporterId,
            long organisationId) {
        return bulkInsert(categories, areaIds, firstDay, reporterId, organisationId, DAYS);
    }

    static String bulkInsert(Map<String, Long> categories, List<Long> areaIds, LocalDate firstDay, long reporterId,
            long organisationId, int days) {
        List<Long> categoryIds = new ArrayList<>();
        List<Double> categoryWeights = new ArrayList<>();
        BenchFixtures.CATEGORY_WEIGHTS.forEach((code, weight) -> {
            categoryIds.add(categories.get(code));
            categoryWeights.add(weight.doubleValue());
        });
        List<Double> areaWeights = new ArrayList<>(BenchFixtures.AREAS.stream().map(AreaShape::weight).toList());
        areaWeights.add(WITHOUT_AREA_WEIGHT);
        List<String> areaIdTexts = new ArrayList<>(areaIds.stream().map(String::valueOf).toList());
        areaIdTexts.add("NULL");
        double metresPerDegreeLongitude = BenchFixtures.metresPerDegreeLongitude();
        List<Double> latitudes = new ArrayList<>(BenchFixtures.AREAS.stream().map(AreaShape::latitude).toList());
        List<Double> longitudes = new ArrayList<>(BenchFixtures.AREAS.stream().map(AreaShape::longitude).toList());
        List<Double> radiiLat = new ArrayList<>(BenchFixtures.AREAS.stream().map(a -> a.radiusMetres() * 0.7 / 111_320).toList());
        List<Double> radiiLon = new ArrayList<>(BenchFixtures.AREAS.stream().map(a -> a.radiusMetres() * 0.7 / metresPerDegreeLongitude).toList());
        latitudes.add(BenchFixtures.CENTRE_LATITUDE - 6000 / 111_320.0);
        longitudes.add(BenchFixtures.CENTRE_LONGITUDE - 4000 / metresPerDegreeLongitude);
        radiiLat.add(3000 / 111_320.0);
        radiiLon.add(3000 / metresPerDegreeLongitude);
        List<String> places = new ArrayList<>(BenchFixtures.AREAS.stream()
                .map(a -> "'Vid " + a.name().substring("Bänk ".length()).toLowerCase(Locale.ROOT) + "'").toList());
        places.add("'Landsvägen'");
        String descriptions = BenchFixtures.DESCRIPTIONS.stream().map(d -> "'" + d.replace("'", "''") + "'")
                .collect(Collectors.joining(", "));
        // Points of an area lie within 0.7 of its radius from its centre (inside the octagon):
        // angle ra2 and distance sqrt(rd).
        return """
                INSERT INTO incident_report (municipality_code, category_id, reporter_id, organisation_id, occurred_from,
                    latitude, longitude, place, area_id, description, people_involved, reported_to_police, source, created_at)
                SELECT '%1$s',
                       (ARRAY[%2$s]::bigint[])[width_bucket(g.rc, ARRAY[%3$s]::float8[])],
                       %4$d, %5$d,
                       g.occurred,
                       round(((ARRAY[%6$s]::float8[])[g.a] + (ARRAY[%7$s]::float8[])[g.a] * sqrt(g.rd) * cos(g.ra2))::numeric, 6)::float8,
                       round(((ARRAY[%8$s]::float8[])[g.a] + (ARRAY[%9$s]::float8[])[g.a] * sqrt(g.rd) * sin(g.ra2))::numeric, 6)::float8,
                       (ARRAY[%10$s])[g.a],
                       (ARRAY[%11$s]::bigint[])[g.a],
                       (ARRAY[%12$s])[1 + floor(g.rt * %13$d)::int],
                       CASE WHEN g.rq < 0.3 THEN 1 + floor(g.rq * 20)::int END,
                       (ARRAY['YES', 'NO', 'DONT_KNOW'])[1 + floor(g.rp * 3)::int],
                       'IMPORT',
                       least(g.occurred + interval '2 hours', now())
                FROM (
                    SELECT i, random() AS rc, width_bucket(random(), ARRAY[%14$s]::float8[]) AS a,
                           random() AS rd, random() * 2 * pi() AS ra2, random() AS rt, random() AS rp, random() AS rq,
                           (((DATE '%15$s' + ((i - 1)::bigint * %16$d / :n)::int)::timestamp
                               + make_interval(hours => width_bucket(random(), ARRAY[%17$s]::float8[]) - 1,
                                               mins => floor(random() * 60)::int))
                               AT TIME ZONE 'Europe/Stockholm') AS occurred
                    FROM generate_series(CAST(:first AS int), CAST(:last AS int)) AS i
                    OFFSET 0
                ) AS g
                """.formatted(BenchFixtures.MUNICIPALITY,
                join(categoryIds), bounds(categoryWeights), reporterId, organisationId,
                join(latitudes), join(radiiLat), join(longitudes), join(radiiLon),
                String.join(", ", places), String.join(", ", areaIdTexts),
                descriptions, BenchFixtures.DESCRIPTIONS.size(),
                bounds(areaWeights), firstDay, days, bounds(Arrays.stream(HOURS).boxed().toList()));
    }

    /** Lower bounds of the buckets of cumulative weights, scaled to [0, 1): width_bucket(random(), …) is then 1..size. */
    private static String bounds(List<Double> weights) {
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        List<String> bounds = new ArrayList<>();
        double sum = 0;
        for (double weight : weights) {
            bounds.add(String.format(Locale.ROOT, "%.8f", sum / total));
            sum += weight;
        }
        return String.join(", ", bounds);
    }

    private static String join(List<? extends Number> values) {
        return values.stream().map(v -> v instanceof Double d ? String.format(Locale.ROOT, "%.8f", d) : String.valueOf(v))
                .collect(Collectors.joining(", "));
    }

    private static double median(long[] nanos) {
        return percentile(nanos, 50);
    }

    private static double min(long[] nanos) {
        return Arrays.stream(nanos).min().orElseThrow() / 1e6;
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

    private static void print(String label, long[] nanos) {
        System.out.printf("%-36s %9.1f %9.1f %9.1f   (%d runs)%n", label, min(nanos), median(nanos), percentile(nanos, 95),
                nanos.length);
    }
}
