package se.trygghetsnav.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsnav.TrygghetsnavApplication;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.incident.HotspotAnalysis;
import se.trygghetsnav.incident.HotspotQuery;
import se.trygghetsnav.incident.HotspotService;
import se.trygghetsnav.platform.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole hot spot analysis (SQL group by the stored H3 cell, roll-up to resolution 9, the study
 * region with its zero cells, ring-1 neighbours, Gi*, significance, area names, JSON) for a
 * municipality with 100,000, 1,000,000 and 3,000,000 reports over five years. Baseline in the same
 * run: the bare SQL aggregation by cell. Run with
 * {@code mvn -Pbench verify -Dbench.class=se.trygghetsnav.bench.HotspotBenchmark}.
 */
public final class HotspotBenchmark {

    private static final int[] SIZES = Arrays.stream(System.getProperty("bench.sizes", "100000,1000000,3000000").split(","))
            .mapToInt(Integer::parseInt).toArray();
    private static final int ITERATIONS = Integer.getInteger("bench.iterations", 7);
    private static final int DAYS = 5 * 365;
    private static final int CHUNK = 250_000;
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = SpringApplication.run(TrygghetsnavApplication.class,
                "--server.port=0", "--trygghetsnav.embedded-db.data-dir=", "--logging.level.root=WARN", "--spring.main.banner-mode=off");
        try {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            HotspotService hotspots = app.getBean(HotspotService.class);
            long organisationId = BenchFixtures.organisation(jdbc);
            long reporterId = BenchFixtures.person(jdbc, organisationId, "bench-reporter@trygghetsnav.local", Role.REPORTER);
            List<Long> areaIds = BenchFixtures.areas(jdbc);
            Map<String, Long> categories = BenchFixtures.categories(jdbc);
            LocalDate today = LocalDate.now(SWEDEN);
            LocalDate firstDay = today.minusDays(DAYS);
            Actor analyst = new Actor(reporterId, "bench@trygghetsnav.local", "Bench", BenchFixtures.MUNICIPALITY, "Tranemo",
                    Set.of(Role.ANALYST), List.of());
            HotspotQuery query = new HotspotQuery(firstDay, today, List.of(), null, 9, 1, false);

            System.out.printf("Hot spot analysis benchmark: reports over %d days, resolution 9, ring 1, %d timed runs after 2 warm-ups, %d cores, Java %s%n",
                    DAYS, ITERATIONS, Runtime.getRuntime().availableProcessors(), Runtime.version());
            System.out.printf("%12s %16s %16s %8s %10s %10s%n", "reports", "analysis ms", "bare SQL ms", "ratio", "cells", "study");
            int loaded = 0;
            for (int size : SIZES) {
                String insert = WeeklyCompileBenchmark.bulkInsert(categories, areaIds, firstDay, reporterId, organisationId, DAYS);
                long loadStart = System.nanoTime();
                for (int first = loaded + 1; first <= size; first += CHUNK) {
                    int last = Math.min(size, first + CHUNK - 1);
                    // row numbers run over the final size so the days stay spread over the five years
                    jdbc.sql(insert).param("first", first).param("last", last).param("n", size).update();
                }
                int cells = backfill(app);
                jdbc.sql("VACUUM (ANALYZE) incident_report").update();
                loaded = size;
                System.out.printf("  (loaded %,d rows and gave %,d of them cells in %.1f s)%n", size, cells, (System.nanoTime() - loadStart) / 1e9);

                long[] analysis = new long[ITERATIONS];
                long[] bare = new long[ITERATIONS];
                HotspotAnalysis last = null;
                for (int i = -2; i < ITERATIONS; i++) {
                    long start = System.nanoTime();
                    last = hotspots.analyse(analyst, query);
                    JSON.writeValueAsString(last);
                    long middle = System.nanoTime();
                    jdbc.sql("""
                                    SELECT h3_cell, count(*) FROM incident_report
                                    WHERE municipality_code = :m AND h3_cell IS NOT NULL AND occurred_from >= :from AND occurred_from < :to
                                    GROUP BY h3_cell
                                    """)
                            .param("m", BenchFixtures.MUNICIPALITY)
                            .param("from", firstDay.atStartOfDay(SWEDEN).toOffsetDateTime())
                            .param("to", today.plusDays(1).atStartOfDay(SWEDEN).toOffsetDateTime())
                            .query((rs, row) -> rs.getLong(2)).list();
                    long end = System.nanoTime();
                    if (i >= 0) {
                        analysis[i] = middle - start;
                        bare[i] = end - middle;
                    }
                }
                double a = median(analysis);
                double b = median(bare);
                System.out.printf("%,12d %16.1f %16.1f %8.2f %,10d %,10d%n", size, a, b, a / b, last.cells().size(), last.studyCells());
            }
        } finally {
            app.close();
        }
    }

    private static int backfill(ConfigurableApplicationContext app) throws Exception {
        Object backfill = app.getBean(Class.forName("se.trygghetsnav.incident.ReportCellBackfill"));
        var method = backfill.getClass().getMethod("fillMissingCells");
        method.setAccessible(true);
        return (int) method.invoke(backfill);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
