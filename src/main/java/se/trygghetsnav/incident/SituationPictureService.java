package se.trygghetsnav.incident;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.measure.Measure;
import se.trygghetsnav.measure.MeasureFilter;
import se.trygghetsnav.measure.MeasureForm;
import se.trygghetsnav.measure.MeasureService;
import se.trygghetsnav.municipality.MunicipalityService;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;
import se.trygghetsnav.platform.NotFoundException;
import se.trygghetsnav.platform.Role;

/**
 * The period lägesbild and its action plan (Lag 2023:196 § 4). Coordinators create pictures and
 * set their problems and measures; coordinators and analysts write the texts; coordinators,
 * analysts and managers read. Every query carries the actor's municipality; a picture of another
 * municipality is not found.
 */
@Service
public class SituationPictureService {

    /** The longest problem text a measure takes. */
    private static final int MEASURE_PROBLEM_MAX = 4000;

    private static final Role[] READERS = {Role.COORDINATOR, Role.ANALYST, Role.MANAGER};

    private static final String SELECT_PICTURES = """
            SELECT p.id, p.municipality_code, p.title, p.period_from, p.period_to, p.mapping_comment, p.other_information,
                   p.analysis, p.problem_selection, p.sources_used, p.sources_left_out, p.source_limitations,
                   u.display_name AS created_by_name, p.created_at, p.updated_at,
                   (SELECT count(*) FROM situation_problem s WHERE s.picture_id = p.id) AS problem_count
            FROM situation_picture p
            LEFT JOIN app_user u ON u.id = p.created_by
            """;

    private static final String SELECT_PROBLEMS = """
            SELECT s.id, s.picture_id, s.title, s.finding, s.why_chosen, s.area_id, a.name AS area_name, s.category_id,
                   c.name AS category_name, s.goal_specific, s.goal_measurable, s.goal_achievable, s.goal_relevant,
                   s.goal_time_bound, s.sort_order,
                   ARRAY(SELECT pm.measure_id FROM problem_measure pm WHERE pm.problem_id = s.id ORDER BY pm.linked_at, pm.measure_id)
                       AS measure_ids
            FROM situation_problem s
            LEFT JOIN area a ON a.id = s.area_id
            LEFT JOIN incident_category c ON c.id = s.category_id
            """;

    /**
     * The period's reports counted once per dimension; the time of day and the weekday in
     * Swedish time. The reports themselves never leave the database.
     */
    private static final String MAPPING = """
            WITH r AS (
                SELECT category_id, area_id, reported_to_police, occurred_from AT TIME ZONE 'Europe/Stockholm' AS local_time
                FROM incident_report
                WHERE municipality_code = :m AND occurred_from >= :from AND occurred_from < :to
            )
            SELECT 'CATEGORY' AS dimension, category_id::text AS key, count(*) AS n FROM r GROUP BY category_id
            UNION ALL SELECT 'AREA', area_id::text, count(*) FROM r GROUP BY area_id
            UNION ALL SELECT 'MONTH', to_char(local_time, 'YYYY-MM'), count(*) FROM r GROUP BY 2
            UNION ALL SELECT 'POLICE', reported_to_police, count(*) FROM r GROUP BY reported_to_police
            UNION ALL SELECT 'WEEKDAY', extract(isodow FROM local_time)::int::text, count(*) FROM r GROUP BY 2
            UNION ALL SELECT 'HOUR', extract(hour FROM local_time)::int::text, count(*) FROM r GROUP BY 2
            """;

    private final JdbcClient jdbc;
    private final IncidentService incidents;
    private final MunicipalityService municipalities;
    private final MeasureService measures;
    private final MessageSource messages;
    private final Clock clock;

    SituationPictureService(JdbcClient jdbc, IncidentService incidents, MunicipalityService municipalities,
            MeasureService measures, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.municipalities = municipalities;
        this.measures = measures;
        this.messages = messages;
        this.clock = clock;
    }

    /** Today: the day measures are overdue against. */
    public LocalDate today() {
        return measures.today();
    }

    /** Creates a lägesbild for the period (coordinator); the dates are inclusive, the period at most five years. */
    @Transactional
    public SituationPicture create(Actor actor, String title, LocalDate from, LocalDate to) {
        actor.require(Role.COORDINATOR);
        refuse(SituationPictureRules.checkPeriod(title, from, to));
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = jdbc.sql("""
                        INSERT INTO situation_picture (municipality_code, title, period_from, period_to, created_by, created_at, updated_at)
                        VALUES (:m, :title, :from, :to, :by, :now, :now)
                        RETURNING id
                        """)
                .param("m", actor.municipalityCode())
                .param("title", title.strip())
                .param("from", from)
                .param("to", to)
                .param("by", actor.userId())
                .param("now", now)
                .query(Long.class)
                .single();
        return get(actor, id);
    }

    /** The municipality's pictures, the latest period first. */
    public List<SituationPicture> list(Actor actor) {
        actor.require(READERS);
        return jdbc.sql(SELECT_PICTURES + """
                        WHERE p.municipality_code = :m
                        ORDER BY p.period_to DESC, p.period_from DESC, p.id DESC
                        """)
                .param("m", actor.municipalityCode())
                .query(this::picture)
                .list();
    }

    /** One picture of the actor's municipality; any other id is not found. */
    public SituationPicture get(Actor actor, long id) {
        actor.require(READERS);
        return jdbc.sql(SELECT_PICTURES + " WHERE p.municipality_code = :m AND p.id = :id")
                .param("m", actor.municipalityCode())
                .param("id", id)
                .query(this::picture)
                .optional()
                .orElseThrow(() -> new NotFoundException("Lägesbilden finns inte"));
    }

    /** The picture with its mapping and problems. */
    public SituationPictureDocument document(Actor actor, long id) {
        SituationPicture picture = get(actor, id);
        return new SituationPictureDocument(picture, mapping(actor.municipalityCode(), picture), problems(actor.municipalityCode(), id));
    }

    /** The mapping of the picture's period, counted from the municipality's reports. */
    public PeriodPictureMapping mapping(Actor actor, long id) {
        return mapping(actor.municipalityCode(), get(actor, id));
    }

    /** The prioritised problems, most important first. */
    public List<SituationPictureProblem> problems(Actor actor, long id) {
        get(actor, id);
        return problems(actor.municipalityCode(), id);
    }

    /** Writes the texts that are given (coordinator or analyst); a null text is left as it is. */
    @Transactional
    public SituationPicture updateTexts(Actor actor, long id, SituationPictureTexts texts) {
        actor.require(Role.COORDINATOR, Role.ANALYST);
        get(actor, id);
        SituationPictureTexts given = texts == null ? SituationPictureTexts.unchanged() : texts;
        refuse(SituationPictureRules.checkTexts(given));
        jdbc.sql("""
                        UPDATE situation_picture SET
                            mapping_comment = COALESCE(:mappingComment, mapping_comment),
                            other_information = COALESCE(:otherInformation, other_information),
                            analysis = COALESCE(:analysis, analysis),
                            problem_selection = COALESCE(:problemSelection, problem_selection),
                            sources_used = COALESCE(:sourcesUsed, sources_used),
                            sources_left_out = COALESCE(:sourcesLeftOut, sources_left_out),
                            source_limitations = COALESCE(:sourceLimitations, source_limitations),
                            updated_at = :now
                        WHERE id = :id AND municipality_code = :m
                        """)
                .param("mappingComment", strip(given.mappingComment()), Types.VARCHAR)
                .param("otherInformation", strip(given.otherInformation()), Types.VARCHAR)
                .param("analysis", strip(given.analysis()), Types.VARCHAR)
                .param("problemSelection", strip(given.problemSelection()), Types.VARCHAR)
                .param("sourcesUsed", strip(given.sourcesUsed()), Types.VARCHAR)
                .param("sourcesLeftOut", strip(given.sourcesLeftOut()), Types.VARCHAR)
                .param("sourceLimitations", strip(given.sourceLimitations()), Types.VARCHAR)
                .param("now", OffsetDateTime.now(clock))
                .param("id", id)
                .param("m", actor.municipalityCode())
                .update();
        return get(actor, id);
    }

    /** Adds a prioritised problem (coordinator). Without a priority it goes last. */
    @Transactional
    public SituationPictureProblem addProblem(Actor actor, long pictureId, SituationPictureProblemForm form) {
        actor.require(Role.COORDINATOR);
        get(actor, pictureId);
        checkProblem(actor, form);
        int priority = form.priority() != null ? form.priority() : jdbc.sql(
                        "SELECT COALESCE(max(sort_order), 0) + 1 FROM situation_problem WHERE picture_id = :p AND municipality_code = :m")
                .param("p", pictureId).param("m", actor.municipalityCode()).query(Integer.class).single();
        long id = jdbc.sql("""
                        INSERT INTO situation_problem (picture_id, municipality_code, title, finding, why_chosen, area_id, category_id,
                            goal_specific, goal_measurable, goal_achievable, goal_relevant, goal_time_bound, sort_order)
                        VALUES (:p, :m, :title, :finding, :why, :area, :category, :specific, :measurable, :achievable, :relevant,
                            :timeBound, :priority)
                        RETURNING id
                        """)
                .param("p", pictureId)
                .param("m", actor.municipalityCode())
                .param("title", form.title().strip())
                .param("finding", text(form.finding()))
                .param("why", text(form.whyChosen()))
                .param("area", form.areaId(), Types.BIGINT)
                .param("category", form.categoryId(), Types.BIGINT)
                .param("specific", text(form.specific()))
                .param("measurable", text(form.measurable()))
                .param("achievable", text(form.achievable()))
                .param("relevant", text(form.relevant()))
                .param("timeBound", form.timeBound(), Types.DATE)
                .param("priority", priority)
                .query(Long.class)
                .single();
        touch(actor, pictureId);
        return problem(actor, pictureId, id);
    }

    /** Changes a problem (coordinator); without a priority it keeps its place. */
    @Transactional
    public SituationPictureProblem updateProblem(Actor actor, long pictureId, long problemId, SituationPictureProblemForm form) {
        actor.require(Role.COORDINATOR);
        SituationPictureProblem current = problem(actor, pictureId, problemId);
        checkProblem(actor, form);
        jdbc.sql("""
                        UPDATE situation_problem SET title = :title, finding = :finding, why_chosen = :why, area_id = :area,
                            category_id = :category, goal_specific = :specific, goal_measurable = :measurable,
                            goal_achievable = :achievable, goal_relevant = :relevant, goal_time_bound = :timeBound,
                            sort_order = :priority
                        WHERE id = :id AND picture_id = :p AND municipality_code = :m
                        """)
                .param("title", form.title().strip())
                .param("finding", text(form.finding()))
                .param("why", text(form.whyChosen()))
                .param("area", form.areaId(), Types.BIGINT)
                .param("category", form.categoryId(), Types.BIGINT)
                .param("specific", text(form.specific()))
                .param("measurable", text(form.measurable()))
                .param("achievable", text(form.achievable()))
                .param("relevant", text(form.relevant()))
                .param("timeBound", form.timeBound(), Types.DATE)
                .param("priority", form.priority() != null ? form.priority() : current.priority())
                .param("id", problemId)
                .param("p", pictureId)
                .param("m", actor.municipalityCode())
                .update();
        touch(actor, pictureId);
        return problem(actor, pictureId, problemId);
    }

    /** Removes a problem and its links to measures (coordinator); the measures themselves stay. */
    @Transactional
    public void removeProblem(Actor actor, long pictureId, long problemId) {
        actor.require(Role.COORDINATOR);
        problem(actor, pictureId, problemId);
        jdbc.sql("DELETE FROM situation_problem WHERE id = :id AND picture_id = :p AND municipality_code = :m")
                .param("id", problemId).param("p", pictureId).param("m", actor.municipalityCode()).update();
        touch(actor, pictureId);
    }

    /** One problem of one of the actor's pictures; anything else is not found. */
    public SituationPictureProblem problem(Actor actor, long pictureId, long problemId) {
        actor.require(READERS);
        return jdbc.sql(SELECT_PROBLEMS + " WHERE s.municipality_code = :m AND s.picture_id = :p AND s.id = :id")
                .param("m", actor.municipalityCode())
                .param("p", pictureId)
                .param("id", problemId)
                .query(SituationPictureService::problem)
                .optional()
                .orElseThrow(() -> new NotFoundException("Problemet finns inte"));
    }

    /** Links one of the municipality's measures to a problem (coordinator); linking twice changes nothing. */
    @Transactional
    public void linkMeasure(Actor actor, long pictureId, long problemId, long measureId) {
        actor.require(Role.COORDINATOR);
        problem(actor, pictureId, problemId);
        try {
            measures.get(actor, measureId);
        } catch (NotFoundException e) {
            refuse(List.of(new InputProblem("measureId", "picture.error.measure.unknown")));
        }
        jdbc.sql("""
                        INSERT INTO problem_measure (problem_id, measure_id, municipality_code, linked_by, linked_at)
                        VALUES (:problem, :measure, :m, :by, :now)
                        ON CONFLICT (problem_id, measure_id) DO NOTHING
                        """)
                .param("problem", problemId)
                .param("measure", measureId)
                .param("m", actor.municipalityCode())
                .param("by", actor.userId())
                .param("now", OffsetDateTime.now(clock))
                .update();
        touch(actor, pictureId);
    }

    /** Removes the link between a problem and a measure (coordinator); the measure stays. */
    @Transactional
    public void unlinkMeasure(Actor actor, long pictureId, long problemId, long measureId) {
        actor.require(Role.COORDINATOR);
        problem(actor, pictureId, problemId);
        jdbc.sql("DELETE FROM problem_measure WHERE problem_id = :problem AND measure_id = :measure AND municipality_code = :m")
                .param("problem", problemId).param("measure", measureId).param("m", actor.municipalityCode()).update();
        touch(actor, pictureId);
    }

    /**
     * Proposes a new measure against a problem and links it (coordinator). The measure's problem
     * text, area and category default to the problem's when left empty.
     */
    @Transactional
    public Measure proposeMeasure(Actor actor, long pictureId, long problemId, MeasureForm form) {
        actor.require(Role.COORDINATOR);
        SituationPictureProblem problem = problem(actor, pictureId, problemId);
        MeasureForm complete = form == null ? null : new MeasureForm(form.title(), form.description(),
                form.problem() == null || form.problem().isBlank() ? problemText(problem) : form.problem(),
                form.areaId() != null ? form.areaId() : problem.areaId(), form.ownerOrganisationId(), form.ownerPerson(),
                form.startDate(), form.dueDate(),
                form.categoryIds().isEmpty() && problem.categoryId() != null ? List.of(problem.categoryId()) : form.categoryIds());
        Measure measure = measures.propose(actor, complete, null);
        linkMeasure(actor, pictureId, problemId, measure.id());
        return measure;
    }

    /** Measures of the municipality, for choosing one to link. */
    public List<Measure> linkableMeasures(Actor actor) {
        actor.require(READERS);
        return measures.list(actor, MeasureFilter.all());
    }

    /** The action plan: per problem, in priority order, its measures with overdue flags and latest follow-up. */
    public ActionPlan actionPlan(Actor actor, long id) {
        SituationPicture picture = get(actor, id);
        List<SituationPictureProblem> problems = problems(actor.municipalityCode(), id);
        Map<Long, Measure> byId = problems.stream().anyMatch(SituationPictureProblem::hasMeasures)
                ? measures.list(actor, MeasureFilter.all()).stream().collect(Collectors.toMap(Measure::id, Function.identity()))
                : Map.of();
        LocalDate today = measures.today();
        List<ActionPlan.Item> items = new ArrayList<>();
        for (SituationPictureProblem problem : problems) {
            List<ActionPlan.Entry> entries = problem.measureIds().stream()
                    .map(byId::get)
                    .filter(java.util.Objects::nonNull)
                    .map(m -> new ActionPlan.Entry(m, m.overdue(today), ActionPlan.latestFollowUp(measures.history(actor, m.id()))))
                    .toList();
            items.add(new ActionPlan.Item(problem, entries));
        }
        return new ActionPlan(picture, today, items);
    }

    PeriodPictureMapping mapping(String municipality, SituationPicture picture) {
        List<PeriodPictureMapping.Tally> tallies = jdbc.sql(MAPPING)
                .param("m", municipality)
                .param("from", IncidentService.startOf(picture.from()))
                .param("to", IncidentService.startOf(picture.to().plusDays(1)))
                .query((rs, row) -> new PeriodPictureMapping.Tally(PeriodPictureMapping.Dimension.valueOf(rs.getString("dimension")),
                        rs.getString("key"), rs.getLong("n")))
                .list();
        List<PeriodPictureMapping.Named> categories = incidents.categories(municipality).stream()
                .map(c -> new PeriodPictureMapping.Named(c.id(), c.name())).toList();
        List<PeriodPictureMapping.Named> areas = municipalities.areas(municipality).stream()
                .map(a -> new PeriodPictureMapping.Named(a.id(), a.name())).toList();
        return PeriodPictureMapping.compile(picture.from(), picture.to(), tallies, categories, areas);
    }

    private List<SituationPictureProblem> problems(String municipality, long pictureId) {
        return jdbc.sql(SELECT_PROBLEMS + " WHERE s.municipality_code = :m AND s.picture_id = :p ORDER BY s.sort_order, s.id")
                .param("m", municipality)
                .param("p", pictureId)
                .query(SituationPictureService::problem)
                .list();
    }

    /** The rules, then the references: area and category must be the municipality's own. */
    private void checkProblem(Actor actor, SituationPictureProblemForm form) {
        if (form == null) {
            refuse(List.of(new InputProblem("title", "picture.error.title.required")));
        }
        List<InputProblem> problems = new ArrayList<>(SituationPictureRules.checkProblem(form));
        if (form.areaId() != null && municipalities.area(actor.municipalityCode(), form.areaId()).isEmpty()) {
            problems.add(new InputProblem("areaId", "picture.error.area.unknown"));
        }
        if (form.categoryId() != null
                && incidents.categories(actor.municipalityCode()).stream().noneMatch(c -> c.id() == form.categoryId())) {
            problems.add(new InputProblem("categoryId", "picture.error.category.unknown"));
        }
        refuse(problems);
    }

    /** Problems carry message keys; they are refused with texts in the reader's language. */
    private void refuse(List<InputProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream()
                    .map(p -> new InputProblem(p.field(), messages.getMessage(p.message(), null, p.message(), LocaleContextHolder.getLocale())))
                    .toList());
        }
    }

    private void touch(Actor actor, long pictureId) {
        jdbc.sql("UPDATE situation_picture SET updated_at = :now WHERE id = :id AND municipality_code = :m")
                .param("now", OffsetDateTime.now(clock)).param("id", pictureId).param("m", actor.municipalityCode()).update();
    }

    private static String problemText(SituationPictureProblem problem) {
        String text = problem.finding().isBlank() ? problem.title() : problem.title() + ": " + problem.finding();
        return text.length() > MEASURE_PROBLEM_MAX ? text.substring(0, MEASURE_PROBLEM_MAX) : text;
    }

    private SituationPicture picture(ResultSet rs, int row) throws SQLException {
        return new SituationPicture(rs.getLong("id"), rs.getString("municipality_code"), rs.getString("title"),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                rs.getString("mapping_comment"), rs.getString("other_information"), rs.getString("analysis"),
                rs.getString("problem_selection"), rs.getString("sources_used"), rs.getString("sources_left_out"),
                rs.getString("source_limitations"), rs.getString("created_by_name"),
                inZone(rs.getObject("created_at", OffsetDateTime.class)), inZone(rs.getObject("updated_at", OffsetDateTime.class)),
                rs.getInt("problem_count"));
    }

    private static SituationPictureProblem problem(ResultSet rs, int row) throws SQLException {
        Array ids = rs.getArray("measure_ids");
        List<Long> measureIds = ids == null ? List.of() : Arrays.asList((Long[]) ids.getArray());
        return new SituationPictureProblem(rs.getLong("id"), rs.getLong("picture_id"), rs.getString("title"),
                rs.getString("finding"), rs.getString("why_chosen"), rs.getObject("area_id", Long.class),
                rs.getString("area_name"), rs.getObject("category_id", Long.class), rs.getString("category_name"),
                new SituationPictureProblem.SmartGoal(rs.getString("goal_specific"), rs.getString("goal_measurable"),
                        rs.getString("goal_achievable"), rs.getString("goal_relevant"),
                        rs.getObject("goal_time_bound", LocalDate.class)),
                rs.getInt("sort_order"), measureIds);
    }

    private static OffsetDateTime inZone(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(IncidentService.SWEDEN).toOffsetDateTime();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
