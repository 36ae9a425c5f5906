package se.trygghetsnav.measure;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.account.AccountService;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.knowledge.KnowledgeBank;
import se.trygghetsnav.municipality.MunicipalityService;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;
import se.trygghetsnav.platform.NotFoundException;
import se.trygghetsnav.platform.Role;

/**
 * Measures (åtgärder) of a municipality: proposing, editing, the guarded status workflow and the
 * follow-up history. Every query carries the actor's municipality; a measure of another
 * municipality is reported as not found.
 */
@Service
public class MeasureService {

    static final int MAX_NOTE = 4000;

    /** The read model; joined names, categories as an array. Followed by a WHERE clause. */
    private static final String SELECT_MEASURES = """
            SELECT m.id, m.municipality_code, m.title, m.description, m.problem, m.area_id, a.name AS area_name,
                   m.owner_organisation_id, o.name AS owner_organisation_name, m.owner_person, m.start_date, m.due_date,
                   m.status, m.proposed_in_week, m.created_at, m.method,
                   ARRAY(SELECT mc.category_id FROM measure_category mc WHERE mc.measure_id = m.id ORDER BY mc.category_id)
                       AS category_ids,
                   (m.due_date IS NOT NULL AND m.due_date < :today AND m.status NOT IN ('DONE', 'CANCELLED')) AS overdue
            FROM measure m
            LEFT JOIN area a ON a.id = m.area_id
            LEFT JOIN organisation o ON o.id = m.owner_organisation_id
            """;

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final MunicipalityService municipalities;
    private final Validator validator;
    private final Clock clock;
    private final KnowledgeBank knowledge;

    MeasureService(JdbcClient jdbc, AccountService accounts, MunicipalityService municipalities, Validator validator,
            Clock clock, KnowledgeBank knowledge) {
        this.knowledge = knowledge;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.municipalities = municipalities;
        this.validator = validator;
        this.clock = clock;
    }

    /** Today's date in the application's time zone: the day overdue is measured against. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The actor's municipality's measures matching the filter: overdue ones first, then by due date. */
    public List<Measure> list(Actor actor, MeasureFilter filter) {
        MeasureFilter f = filter == null ? MeasureFilter.all() : filter;
        return jdbc.sql(SELECT_MEASURES + """
                        WHERE m.municipality_code = :m
                          AND (CAST(:status AS text) IS NULL OR m.status = CAST(:status AS text))
                          AND (CAST(:area AS bigint) IS NULL OR m.area_id = CAST(:area AS bigint))
                          AND (NOT :overdueOnly
                               OR (m.due_date IS NOT NULL AND m.due_date < :today AND m.status NOT IN ('DONE', 'CANCELLED')))
                        ORDER BY overdue DESC, m.due_date NULLS LAST, m.created_at, m.id
                        """)
                .param("m", actor.municipalityCode())
                .param("today", today())
                .param("status", f.status() == null ? null : f.status().name(), Types.VARCHAR)
                .param("area", f.areaId(), Types.BIGINT)
                .param("overdueOnly", f.overdueOnly())
                .query(this::measure)
                .list();
    }

    /** How many of the municipality's measures are in each status (every status present, zero or more). */
    public Map<MeasureStatus, Long> countByStatus(Actor actor) {
        Map<MeasureStatus, Long> counts = new EnumMap<>(MeasureStatus.class);
        Arrays.stream(MeasureStatus.values()).forEach(status -> counts.put(status, 0L));
        jdbc.sql("SELECT status, count(*) AS n FROM measure WHERE municipality_code = :m GROUP BY status")
                .param("m", actor.municipalityCode())
                .query((rs, row) -> counts.put(MeasureStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        return counts;
    }

    /** One measure of the actor's municipality; any other id is not found. */
    public Measure get(Actor actor, long id) {
        return find(actor.municipalityCode(), id).orElseThrow(() -> new NotFoundException("Åtgärden finns inte"));
    }

    /**
     * Proposes a measure (coordinator or analyst). Area, owner organisation and categories must be
     * the municipality's own. {@code proposedInWeek}, if given, is the week whose lägesbild proposed it.
     */
    @Transactional
    public Measure propose(Actor actor, MeasureForm form, LocalDate proposedInWeek) {
        actor.require(Role.COORDINATOR, Role.ANALYST);
        checkForm(actor, form);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = jdbc.sql("""
                        INSERT INTO measure (municipality_code, title, description, problem, area_id, owner_organisation_id,
                                             owner_person, start_date, due_date, status, proposed_in_week, created_at, method)
                        VALUES (:m, :title, :description, :problem, :area, :owner, :ownerPerson, :start, :due, 'PROPOSED',
                                :week, :now, :method)
                        RETURNING id
                        """)
                .param("m", actor.municipalityCode())
                .param("title", form.title().strip())
                .param("description", text(form.description()))
                .param("problem", text(form.problem()))
                .param("area", form.areaId(), Types.BIGINT)
                .param("owner", form.ownerOrganisationId(), Types.BIGINT)
                .param("ownerPerson", blankToNull(form.ownerPerson()), Types.VARCHAR)
                .param("start", form.startDate(), Types.DATE)
                .param("due", form.dueDate(), Types.DATE)
                .param("week", proposedInWeek == null ? null : monday(proposedInWeek), Types.DATE)
                .param("method", blankToNull(form.method()), Types.VARCHAR)
                .param("now", now)
                .query(Long.class)
                .single();
        saveCategories(id, form.categoryIds());
        recordEvent(id, MeasureStatus.PROPOSED, "", actor.userId(), now);
        return get(actor, id);
    }

    /** Changes what a measure is about, who owns it and when (coordinator); the status is left alone. */
    @Transactional
    public Measure update(Actor actor, long id, MeasureForm form) {
        actor.require(Role.COORDINATOR);
        get(actor, id);
        checkForm(actor, form);
        jdbc.sql("""
                        UPDATE measure SET title = :title, description = :description, problem = :problem, area_id = :area,
                               owner_organisation_id = :owner, owner_person = :ownerPerson, start_date = :start, due_date = :due,
                               method = :method
                        WHERE id = :id AND municipality_code = :m
                        """)
                .param("title", form.title().strip())
                .param("description", text(form.description()))
                .param("problem", text(form.problem()))
                .param("area", form.areaId(), Types.BIGINT)
                .param("owner", form.ownerOrganisationId(), Types.BIGINT)
                .param("ownerPerson", blankToNull(form.ownerPerson()), Types.VARCHAR)
                .param("start", form.startDate(), Types.DATE)
                .param("due", form.dueDate(), Types.DATE)
                .param("method", blankToNull(form.method()), Types.VARCHAR)
                .param("id", id)
                .param("m", actor.municipalityCode())
                .update();
        jdbc.sql("DELETE FROM measure_category WHERE measure_id = :id").param("id", id).update();
        saveCategories(id, form.categoryIds());
        return get(actor, id);
    }

    /**
     * Moves a measure along its workflow and records the event with the note. Deciding takes a
     * manager or the coordinator; the other steps the coordinator or an analyst.
     */
    @Transactional
    public Measure changeStatus(Actor actor, long id, MeasureStatus next, String note) {
        Measure measure = get(actor, id);
        if (next == null) {
            throw new InvalidInputException(List.of(new InputProblem("status", "Välj en ny status")));
        }
        actor.require(next.rolesAllowedToSet().toArray(Role[]::new));
        if (!measure.status().canMoveTo(next)) {
            throw new InvalidInputException(List.of(new InputProblem("status",
                    "En %s åtgärd kan inte ändras till %s".formatted(adjective(measure.status()), swedish(next)))));
        }
        checkNote(note, false);
        int changed = jdbc.sql("UPDATE measure SET status = :next WHERE id = :id AND municipality_code = :m AND status = :current")
                .param("next", next.name())
                .param("id", id)
                .param("m", actor.municipalityCode())
                .param("current", measure.status().name())
                .update();
        if (changed == 0) {
            throw new InvalidInputException(List.of(new InputProblem("status",
                    "Någon annan ändrade åtgärdens status samtidigt; ladda om sidan och försök igen")));
        }
        recordEvent(id, next, text(note), actor.userId(), OffsetDateTime.now(clock));
        return get(actor, id);
    }

    /** Adds a follow-up note (coordinator, analyst or manager); the status stays as it is. */
    @Transactional
    public void addFollowUp(Actor actor, long id, String note) {
        Measure measure = get(actor, id);
        actor.require(Role.COORDINATOR, Role.ANALYST, Role.MANAGER);
        checkNote(note, true);
        recordEvent(id, measure.status(), note.strip(), actor.userId(), OffsetDateTime.now(clock));
    }

    /** The statuses the actor may move this measure to now. */
    public List<MeasureStatus> nextStatuses(Actor actor, Measure measure) {
        return measure.status().nextStatuses().stream()
                .filter(next -> actor.has(next.rolesAllowedToSet().toArray(Role[]::new)))
                .toList();
    }

    /** A measure's events, oldest first. */
    public List<MeasureEvent> history(Actor actor, long id) {
        get(actor, id);
        return jdbc.sql("""
                        SELECT e.status, e.note, u.display_name AS author_name, e.created_at
                        FROM measure_event e LEFT JOIN app_user u ON u.id = e.author_id
                        WHERE e.measure_id = :id ORDER BY e.created_at, e.id
                        """)
                .param("id", id)
                .query((rs, row) -> new MeasureEvent(MeasureStatus.valueOf(rs.getString("status")), rs.getString("note"),
                        rs.getString("author_name"), inZone(rs.getObject("created_at", OffsetDateTime.class))))
                .list();
    }

    /** Measures proposed in the lägesbild of the week starting on (or containing) {@code weekStart}. */
    public List<Measure> proposedInWeek(String municipalityCode, LocalDate weekStart) {
        return jdbc.sql(SELECT_MEASURES + """
                        WHERE m.municipality_code = :m AND m.proposed_in_week = :week
                        ORDER BY m.created_at, m.id
                        """)
                .param("m", municipalityCode)
                .param("week", monday(weekStart))
                .param("today", today())
                .query(this::measure)
                .list();
    }

    /** The municipality's report categories a measure can address, active or not, in their order. */
    public List<MeasureCategory> categories(String municipalityCode) {
        return jdbc.sql("""
                        SELECT id, name, active FROM incident_category WHERE municipality_code = :m
                        ORDER BY sort_order, name COLLATE "sv-SE-x-icu"
                        """)
                .param("m", municipalityCode)
                .query(MeasureCategory.class)
                .list();
    }

    private Optional<Measure> find(String municipalityCode, long id) {
        return jdbc.sql(SELECT_MEASURES + "WHERE m.municipality_code = :m AND m.id = :id")
                .param("m", municipalityCode)
                .param("id", id)
                .param("today", today())
                .query(this::measure)
                .optional();
    }

    /** Bean Validation (for callers other than the controllers) and the tenant checks of the references. */
    private void checkForm(Actor actor, MeasureForm form) {
        if (form == null) {
            throw new InvalidInputException(List.of(new InputProblem("title", "Uppgifter saknas")));
        }
        List<InputProblem> problems = new ArrayList<>();
        validator.validate(form).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach((ConstraintViolation<MeasureForm> v) -> problems.add(new InputProblem(v.getPropertyPath().toString(), v.getMessage())));
        String m = actor.municipalityCode();
        if (form.areaId() != null && municipalities.area(m, form.areaId()).isEmpty()) {
            problems.add(new InputProblem("areaId", "Området finns inte i kommunen"));
        }
        if (form.ownerOrganisationId() != null && accounts.organisation(m, form.ownerOrganisationId()).isEmpty()) {
            problems.add(new InputProblem("ownerOrganisationId", "Organisationen finns inte i kommunen"));
        }
        if (form.method() != null && !form.method().isBlank()
                && knowledge.methods().stream().noneMatch(method -> method.slug().equals(form.method().strip()))) {
            problems.add(new InputProblem("method", "Metoden finns inte i kunskapsbanken"));
        }
        if (!form.categoryIds().isEmpty()) {
            Set<Long> known = new HashSet<>(jdbc.sql("SELECT id FROM incident_category WHERE municipality_code = :m AND id IN (:ids)")
                    .param("m", m)
                    .param("ids", form.categoryIds())
                    .query(Long.class)
                    .list());
            if (!known.containsAll(form.categoryIds())) {
                problems.add(new InputProblem("categoryIds", "Kategorin finns inte i kommunen"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void checkNote(String note, boolean required) {
        if (required && (note == null || note.isBlank())) {
            throw new InvalidInputException(List.of(new InputProblem("note", "Skriv en anteckning")));
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new InvalidInputException(List.of(new InputProblem("note", "Anteckningen är för lång (högst 4000 tecken)")));
        }
    }

    private void saveCategories(long measureId, List<Long> categoryIds) {
        for (Long categoryId : categoryIds) {
            jdbc.sql("INSERT INTO measure_category (measure_id, category_id) VALUES (:measure, :category)")
                    .param("measure", measureId)
                    .param("category", categoryId)
                    .update();
        }
    }

    private void recordEvent(long measureId, MeasureStatus status, String note, long authorId, OffsetDateTime at) {
        jdbc.sql("""
                        INSERT INTO measure_event (measure_id, status, note, author_id, created_at)
                        VALUES (:measure, :status, :note, :author, :at)
                        """)
                .param("measure", measureId)
                .param("status", status.name())
                .param("note", note)
                .param("author", authorId)
                .param("at", at)
                .update();
    }

    private Measure measure(ResultSet rs, int row) throws SQLException {
        Array categories = rs.getArray("category_ids");
        List<Long> categoryIds = categories == null ? List.of() : Arrays.asList((Long[]) categories.getArray());
        return new Measure(rs.getLong("id"), rs.getString("municipality_code"), rs.getString("title"),
                rs.getString("description"), rs.getString("problem"), rs.getObject("area_id", Long.class),
                rs.getString("area_name"), rs.getObject("owner_organisation_id", Long.class),
                rs.getString("owner_organisation_name"), rs.getString("owner_person"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                MeasureStatus.valueOf(rs.getString("status")), rs.getObject("proposed_in_week", LocalDate.class),
                inZone(rs.getObject("created_at", OffsetDateTime.class)), categoryIds, rs.getString("method"));
    }

    /** Timestamps come from the database in UTC; people read them in the application's time zone. */
    private OffsetDateTime inZone(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(clock.getZone()).toOffsetDateTime();
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** "En genomförd åtgärd ..." */
    private static String adjective(MeasureStatus status) {
        return switch (status) {
            case PROPOSED -> "föreslagen";
            case DECIDED -> "beslutad";
            case IN_PROGRESS -> "pågående";
            case DONE -> "genomförd";
            case CANCELLED -> "avbruten";
        };
    }

    /** "... kan inte ändras till pågår" */
    private static String swedish(MeasureStatus status) {
        return switch (status) {
            case PROPOSED -> "föreslagen";
            case DECIDED -> "beslutad";
            case IN_PROGRESS -> "pågår";
            case DONE -> "genomförd";
            case CANCELLED -> "avbruten";
        };
    }
}
