package se.trygghetsnav.community;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.AbstractMap.SimpleEntry;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.trygghetsnav.community.StatisticsBuckets.Chart;

/** Statistics of a municipality's community for its coordinators, analysts and managers. */
@Service
class StatisticsService {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    static final int WEEKS = 12;

    private final JdbcClient jdbc;
    private final Clock clock;

    StatisticsService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Everything on the statistics page; posts count public and group posts not removed, over the last 12 weeks. */
    record Statistics(String municipalityCode, LocalDate from, LocalDate to, String members, Chart membersPerGroup, Chart postsPerWeek,
            Chart postsPerHour, Chart postsPerPriority, SurveyResults survey) {}

    Statistics of(String municipality) {
        LocalDate today = LocalDate.now(clock.withZone(SWEDEN));
        LocalDate from = StatisticsBuckets.firstMonday(today, WEEKS);
        long members = jdbc.sql("SELECT count(*) FROM community_member WHERE municipality_code = :m").param("m", municipality)
                .query(Long.class).single();
        List<Map.Entry<String, Long>> groups = jdbc.sql("""
                        SELECT g.name, count(gm.user_id) FILTER (WHERE gm.status = 'MEMBER') AS members
                        FROM community_group g LEFT JOIN community_group_member gm ON gm.group_id = g.id
                        WHERE g.municipality_code = :m GROUP BY g.id, g.name ORDER BY members DESC, g.name COLLATE "sv-SE-x-icu"
                        """).param("m", municipality)
                .query((rs, i) -> (Map.Entry<String, Long>) new SimpleEntry<>(rs.getString("name"), rs.getLong("members"))).list();
        String posts = """
                FROM community_post WHERE municipality_code = :m AND removed_at IS NULL AND visibility IN ('PUBLIC', 'GROUP')
                  AND created_at >= CAST(:from AS date) AT TIME ZONE 'Europe/Stockholm'
                """;
        Map<LocalDate, Long> perWeek = new HashMap<>();
        jdbc.sql("SELECT CAST(date_trunc('week', created_at AT TIME ZONE 'Europe/Stockholm') AS date) AS monday, count(*) AS n "
                        + posts + " GROUP BY 1")
                .param("m", municipality).param("from", from)
                .query((rs, i) -> perWeek.put(rs.getObject("monday", LocalDate.class), rs.getLong("n"))).list();
        Map<Integer, Long> perHour = new HashMap<>();
        jdbc.sql("SELECT CAST(extract(hour FROM created_at AT TIME ZONE 'Europe/Stockholm') AS int) AS hour, count(*) AS n "
                        + posts + " GROUP BY 1")
                .param("m", municipality).param("from", from)
                .query((rs, i) -> perHour.put(rs.getInt("hour"), rs.getLong("n"))).list();
        Map<Priority, Long> perPriority = new EnumMap<>(Priority.class);
        jdbc.sql("SELECT priority, count(*) AS n " + posts + " GROUP BY 1")
                .param("m", municipality).param("from", from)
                .query((rs, i) -> perPriority.put(Priority.valueOf(rs.getString("priority")), rs.getLong("n"))).list();
        List<SurveyResults.Answer> answers = jdbc.sql("""
                        SELECT felt_safety, recommend, information_effect AS effect FROM community_survey_answer WHERE municipality_code = :m
                        """).param("m", municipality).query(SurveyResults.Answer.class).list();
        return new Statistics(municipality, from, today, StatisticsBuckets.small(members), StatisticsBuckets.suppressed(groups),
                StatisticsBuckets.weeks(perWeek, today, WEEKS), StatisticsBuckets.hours(perHour),
                StatisticsBuckets.priorities(perPriority), SurveyResults.of(answers));
    }
}
