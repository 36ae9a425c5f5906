package se.trygghetsnav.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.account.AccountService;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.account.Notifications;
import se.trygghetsnav.account.Person;
import se.trygghetsnav.municipality.Area;
import se.trygghetsnav.municipality.MunicipalityService;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;
import se.trygghetsnav.platform.Role;

/**
 * The weekly EST cycle: compile the week, record the joint analysis and area assessments, send
 * the picture to the managers, record their decision, and feed back to the week's reporters.
 */
@Service
public class WeeklyPictureService {

    private final JdbcClient jdbc;
    private final IncidentService incidents;
    private final MunicipalityService municipalities;
    private final AccountService accounts;
    private final Notifications notifications;
    private final Clock clock;

    WeeklyPictureService(JdbcClient jdbc, IncidentService incidents, MunicipalityService municipalities,
            AccountService accounts, Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.municipalities = municipalities;
        this.accounts = accounts;
        this.notifications = notifications;
        this.clock = clock;
    }

    public IsoWeek currentWeek() {
        return IsoWeek.of(LocalDate.now(clock.withZone(IncidentService.SWEDEN)));
    }

    /** Compiles the week for the actor's municipality (coordinators, analysts and managers). */
    public WeeklyPicture compile(Actor actor, IsoWeek week) {
        actor.require(Role.COORDINATOR, Role.ANALYST, Role.MANAGER);
        return compile(actor.municipalityCode(), week);
    }

    WeeklyPicture compile(String municipality, IsoWeek week) {
        int weeks = WeekComparison.BASELINE_WEEKS;
        IsoWeek first = week.plus(-weeks);
        // index 0..7 = the 8 weeks before, 8 = the week itself
        Map<Long, long[]> byCategory = new HashMap<>();
        Map<Long, long[]> byArea = new HashMap<>();
        long[] total = new long[weeks + 1];
        long[] withoutArea = new long[weeks + 1];
        jdbc.sql("""
                        SELECT (date_trunc('week', occurred_from AT TIME ZONE 'Europe/Stockholm'))::date AS monday,
                               category_id, area_id, count(*) AS reports
                        FROM incident_report
                        WHERE municipality_code = :m AND occurred_from >= :from AND occurred_from < :to
                        GROUP BY 1, 2, 3
                        """)
                .param("m", municipality)
                .param("from", IncidentService.startOf(first.monday()))
                .param("to", IncidentService.startOf(week.plus(1).monday()))
                .query((rs, row) -> {
                    int index = (int) ChronoUnit.WEEKS.between(first.monday(), rs.getObject("monday", LocalDate.class));
                    long count = rs.getLong("reports");
                    byCategory.computeIfAbsent(rs.getLong("category_id"), k -> new long[weeks + 1])[index] += count;
                    Long area = (Long) rs.getObject("area_id");
                    if (area == null) {
                        withoutArea[index] += count;
                    } else {
                        byArea.computeIfAbsent(area, k -> new long[weeks + 1])[index] += count;
                    }
                    total[index] += count;
                    return null;
                })
                .list();

        List<WeeklyPicture.Row> categories = incidents.categories(municipality).stream()
                .filter(c -> c.active() || byCategory.containsKey(c.id()))
                .map(c -> new WeeklyPicture.Row(c.id(), c.name(), comparison(byCategory.getOrDefault(c.id(), new long[weeks + 1]))))
                .toList();
        Map<Long, String[]> assessments = assessments(municipality, week);
        List<WeeklyPicture.AreaRow> areas = municipalities.areas(municipality).stream()
                .map(a -> areaRow(a, comparison(byArea.getOrDefault(a.id(), new long[weeks + 1])), assessments.get(a.id())))
                .toList();
        List<WeeklyPicture.WeekCount> series = new ArrayList<>();
        for (int i = 0; i <= weeks; i++) {
            series.add(new WeeklyPicture.WeekCount(first.plus(i), total[i]));
        }
        List<IncidentReport> reports = jdbc.sql(ReportQueries.SELECT + """
                         WHERE r.municipality_code = :m AND r.occurred_from >= :from AND r.occurred_from < :to
                         ORDER BY r.occurred_from, r.id
                        """)
                .param("m", municipality)
                .param("from", IncidentService.startOf(week.monday()))
                .param("to", IncidentService.startOf(week.plus(1).monday()))
                .query(ReportQueries::map)
                .list();
        return new WeeklyPicture(week, comparison(total), categories, areas, withoutArea[weeks], series, reports,
                review(municipality, week));
    }

    @Transactional
    public void saveAnalysis(Actor actor, IsoWeek week, String analysis) {
        actor.require(Role.COORDINATOR, Role.ANALYST);
        ensureReview(actor.municipalityCode(), week);
        jdbc.sql("UPDATE weekly_review SET analysis = :analysis WHERE municipality_code = :m AND week_start = :monday")
                .param("analysis", analysis == null ? "" : analysis.strip())
                .param("m", actor.municipalityCode())
                .param("monday", week.monday())
                .update();
    }

    @Transactional
    public void assessArea(Actor actor, IsoWeek week, long areaId, AssessmentLevel level, String motivation) {
        actor.require(Role.COORDINATOR, Role.ANALYST);
        List<InputProblem> problems = new ArrayList<>();
        if (municipalities.area(actor.municipalityCode(), areaId).isEmpty()) {
            problems.add(new InputProblem("area", "Området finns inte i kommunen"));
        }
        if (motivation == null || motivation.isBlank()) {
            problems.add(new InputProblem("motivation", "Motivera bedömningen"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("""
                        INSERT INTO area_assessment (municipality_code, week_start, area_id, level, motivation, assessed_by)
                        VALUES (:m, :monday, :area, :level, :motivation, :by)
                        ON CONFLICT (municipality_code, week_start, area_id)
                        DO UPDATE SET level = excluded.level, motivation = excluded.motivation,
                                      assessed_by = excluded.assessed_by, assessed_at = now()
                        """)
                .param("m", actor.municipalityCode())
                .param("monday", week.monday())
                .param("area", areaId)
                .param("level", level.name())
                .param("motivation", motivation.strip())
                .param("by", actor.userId())
                .update();
    }

    /** The coordinator sends the compiled picture and the proposals to the municipality's managers. */
    @Transactional
    public int sendToManagers(Actor actor, IsoWeek week) {
        actor.require(Role.COORDINATOR);
        ensureReview(actor.municipalityCode(), week);
        jdbc.sql("UPDATE weekly_review SET sent_to_manager_at = :now WHERE municipality_code = :m AND week_start = :monday")
                .param("now", OffsetDateTime.now(clock)).param("m", actor.municipalityCode()).param("monday", week.monday()).update();
        List<Person> managers = accounts.peopleWithRole(actor.municipalityCode(), Role.MANAGER);
        for (Person manager : managers) {
            notifications.send(manager, actor.municipalityCode(), "Lägesbild vecka " + week + " att besluta om",
                    actor.displayName() + " har sammanställt lägesbilden för vecka " + week + " i " + actor.municipalityName()
                            + " med analys och förslag till åtgärder. Ta ställning till förslagen och registrera beslutet.",
                    "/lagesbild/vecka/" + week);
        }
        return managers.size();
    }

    @Transactional
    public void recordDecision(Actor actor, IsoWeek week, String decision) {
        actor.require(Role.MANAGER);
        if (decision == null || decision.isBlank()) {
            throw new InvalidInputException(List.of(new InputProblem("decision", "Skriv beslutet")));
        }
        ensureReview(actor.municipalityCode(), week);
        jdbc.sql("""
                        UPDATE weekly_review SET manager_decision = :decision, decided_at = :now
                        WHERE municipality_code = :m AND week_start = :monday
                        """)
                .param("decision", decision.strip()).param("now", OffsetDateTime.now(clock))
                .param("m", actor.municipalityCode()).param("monday", week.monday()).update();
        for (Person coordinator : accounts.peopleWithRole(actor.municipalityCode(), Role.COORDINATOR)) {
            notifications.send(coordinator, actor.municipalityCode(), "Beslut om lägesbild vecka " + week,
                    actor.displayName() + " har beslutat: " + decision.strip(), "/lagesbild/vecka/" + week);
        }
    }

    /** Feedback to everyone who reported during the week: what was done with their reports. */
    @Transactional
    public int sendFeedback(Actor actor, IsoWeek week, String feedback) {
        actor.require(Role.COORDINATOR);
        if (feedback == null || feedback.isBlank()) {
            throw new InvalidInputException(List.of(new InputProblem("feedback", "Skriv återkopplingen")));
        }
        ensureReview(actor.municipalityCode(), week);
        jdbc.sql("""
                        UPDATE weekly_review SET feedback = :feedback, feedback_sent_at = :now
                        WHERE municipality_code = :m AND week_start = :monday
                        """)
                .param("feedback", feedback.strip()).param("now", OffsetDateTime.now(clock))
                .param("m", actor.municipalityCode()).param("monday", week.monday()).update();
        List<Long> reporters = jdbc.sql("""
                        SELECT DISTINCT reporter_id FROM incident_report
                        WHERE municipality_code = :m AND reporter_id IS NOT NULL AND occurred_from >= :from AND occurred_from < :to
                        """)
                .param("m", actor.municipalityCode())
                .param("from", IncidentService.startOf(week.monday()))
                .param("to", IncidentService.startOf(week.plus(1).monday()))
                .query(Long.class)
                .list();
        List<Person> recipients = accounts.people(actor.municipalityCode()).stream()
                .filter(p -> reporters.contains(p.userId())).toList();
        for (Person reporter : recipients) {
            notifications.send(reporter, actor.municipalityCode(), "Återkoppling på dina rapporter vecka " + week,
                    feedback.strip(), "/lagesbild/mina-rapporter");
        }
        return recipients.size();
    }

    /** Feedback sent for the weeks of the given reports, by Monday. */
    public Map<LocalDate, String> feedbackByWeek(String municipality) {
        Map<LocalDate, String> feedback = new HashMap<>();
        jdbc.sql("SELECT week_start, feedback FROM weekly_review WHERE municipality_code = :m AND feedback_sent_at IS NOT NULL")
                .param("m", municipality)
                .query((rs, row) -> feedback.put(rs.getObject("week_start", LocalDate.class), rs.getString("feedback")))
                .list();
        return feedback;
    }

    private static WeekComparison comparison(long[] counts) {
        return WeekComparison.of(counts[counts.length - 1], Arrays.copyOf(counts, counts.length - 1));
    }

    private static WeeklyPicture.AreaRow areaRow(Area area, WeekComparison comparison, String[] assessment) {
        return new WeeklyPicture.AreaRow(area.id(), area.name(), comparison, assessment == null ? null : assessment[0],
                assessment == null ? null : assessment[1]);
    }

    private Map<Long, String[]> assessments(String municipality, IsoWeek week) {
        Map<Long, String[]> assessments = new HashMap<>();
        jdbc.sql("SELECT area_id, level, motivation FROM area_assessment WHERE municipality_code = :m AND week_start = :monday")
                .param("m", municipality).param("monday", week.monday())
                .query((rs, row) -> assessments.put(rs.getLong("area_id"), new String[] {rs.getString("level"), rs.getString("motivation")}))
                .list();
        return assessments;
    }

    private WeeklyPicture.Review review(String municipality, IsoWeek week) {
        return jdbc.sql("""
                        SELECT analysis, sent_to_manager_at, manager_decision, decided_at, feedback, feedback_sent_at
                        FROM weekly_review WHERE municipality_code = :m AND week_start = :monday
                        """)
                .param("m", municipality).param("monday", week.monday())
                .query(WeeklyPicture.Review.class)
                .optional()
                .orElse(WeeklyPicture.Review.empty());
    }

    private void ensureReview(String municipality, IsoWeek week) {
        jdbc.sql("INSERT INTO weekly_review (municipality_code, week_start) VALUES (:m, :monday) ON CONFLICT DO NOTHING")
                .param("m", municipality).param("monday", week.monday()).update();
    }
}
