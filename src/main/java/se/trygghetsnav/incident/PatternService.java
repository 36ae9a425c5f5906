package se.trygghetsnav.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.platform.Role;

/** When things happen: weekday x hour, and reports per ISO week, for any filter. Aggregated in SQL. */
@Service
public class PatternService {

    private final JdbcClient jdbc;

    PatternService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public TimePattern timePattern(Actor actor, HotspotQuery filter) {
        actor.require(Role.COORDINATOR, Role.ANALYST, Role.MANAGER);
        long[][] counts = new long[TimePattern.DAYS][TimePattern.HOURS];
        jdbc.sql("""
                        SELECT extract(isodow FROM occurred_from AT TIME ZONE 'Europe/Stockholm')::int AS day,
                               extract(hour FROM occurred_from AT TIME ZONE 'Europe/Stockholm')::int AS hour, count(*) AS reports
                        FROM incident_report
                        WHERE municipality_code = :m AND occurred_from >= :from AND occurred_from < :to
                          AND (CAST(:categories AS bigint[]) IS NULL OR category_id = ANY (CAST(:categories AS bigint[])))
                          AND (CAST(:organisation AS bigint) IS NULL OR organisation_id = CAST(:organisation AS bigint))
                        GROUP BY 1, 2
                        """)
                .param("m", actor.municipalityCode())
                .param("from", IncidentService.startOf(filter.from()))
                .param("to", IncidentService.startOf(filter.to().plusDays(1)))
                .param("categories", filter.categoryIds().isEmpty() ? null : filter.categoryIds().toArray(Long[]::new))
                .param("organisation", filter.organisationId())
                .query((rs, row) -> counts[rs.getInt("day") - 1][rs.getInt("hour")] = rs.getLong("reports"))
                .list();
        return TimePattern.of(counts);
    }

    /** Reports per ISO week in the period, weeks without reports included. */
    public List<WeeklyPicture.WeekCount> weeklySeries(Actor actor, HotspotQuery filter) {
        actor.require(Role.COORDINATOR, Role.ANALYST, Role.MANAGER);
        Map<LocalDate, Long> byMonday = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT (date_trunc('week', occurred_from AT TIME ZONE 'Europe/Stockholm'))::date AS monday, count(*) AS reports
                        FROM incident_report
                        WHERE municipality_code = :m AND occurred_from >= :from AND occurred_from < :to
                          AND (CAST(:categories AS bigint[]) IS NULL OR category_id = ANY (CAST(:categories AS bigint[])))
                          AND (CAST(:organisation AS bigint) IS NULL OR organisation_id = CAST(:organisation AS bigint))
                        GROUP BY 1
                        """)
                .param("m", actor.municipalityCode())
                .param("from", IncidentService.startOf(filter.from()))
                .param("to", IncidentService.startOf(filter.to().plusDays(1)))
                .param("categories", filter.categoryIds().isEmpty() ? null : filter.categoryIds().toArray(Long[]::new))
                .param("organisation", filter.organisationId())
                .query((rs, row) -> byMonday.put(rs.getObject("monday", LocalDate.class), rs.getLong("reports")))
                .list();
        List<WeeklyPicture.WeekCount> series = new ArrayList<>();
        for (IsoWeek week = IsoWeek.of(filter.from()); !week.monday().isAfter(filter.to()); week = week.plus(1)) {
            series.add(new WeeklyPicture.WeekCount(week, byMonday.getOrDefault(week.monday(), 0L)));
        }
        return series;
    }
}
