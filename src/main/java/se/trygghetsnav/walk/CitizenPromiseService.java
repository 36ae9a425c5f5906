package se.trygghetsnav.walk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.account.AccountService;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.account.Organisation;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.NotFoundException;
import se.trygghetsnav.platform.Role;

/**
 * Citizen promises of a municipality: the promise with its parties, activities and yearly
 * follow-ups. Coordinators write; analysts and managers read; anyone reads the published ones on
 * the municipality's public page. Every query carries the municipality.
 */
@Service
public class CitizenPromiseService {

    private final JdbcClient jdbc;
    private final WalkService walks;
    private final AccountService accounts;
    private final MessageSource messages;

    CitizenPromiseService(JdbcClient jdbc, WalkService walks, AccountService accounts, MessageSource messages) {
        this.jdbc = jdbc;
        this.walks = walks;
        this.accounts = accounts;
        this.messages = messages;
    }

    public LocalDate today() {
        return walks.today();
    }

    /** The organisations that may be parties or owners of activities. */
    public List<Organisation> organisations(Actor actor) {
        return accounts.organisations(actor.municipalityCode());
    }

    public List<CitizenPromise> list(Actor actor) {
        actor.require(Role.COORDINATOR, Role.ANALYST, Role.MANAGER);
        return query(actor.municipalityCode(), null, false);
    }

    public CitizenPromise get(Actor actor, long id) {
        actor.require(Role.COORDINATOR, Role.ANALYST, Role.MANAGER);
        return query(actor.municipalityCode(), id, false).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Medborgarlöftet finns inte"));
    }

    /** The published promises of a municipality whose period has not ended, for its public page. */
    public List<CitizenPromise> publishedCurrent(String municipalityCode) {
        LocalDate today = today();
        return query(municipalityCode, null, true).stream().filter(p -> !p.periodTo().isBefore(today)).toList();
    }

    /** One published promise of a municipality; unpublished or another municipality's is not found. */
    public CitizenPromise published(String municipalityCode, long id) {
        return query(municipalityCode, id, true).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Medborgarlöftet finns inte"));
    }

    /** Problems of a form as field → message key, including parties that are not the municipality's. */
    public Map<String, String> problems(Actor actor, CitizenPromiseForm form) {
        Map<String, String> problems = new LinkedHashMap<>(form.problems());
        Set<Long> own = organisations(actor).stream().map(Organisation::id).collect(Collectors.toSet());
        if (!own.containsAll(form.partyIds())) {
            problems.put("partyIds", "promise.error.party");
        }
        return problems;
    }

    public Map<String, String> problems(Actor actor, PromiseActivityForm form) {
        Map<String, String> problems = new LinkedHashMap<>(form.problems());
        Long owner = form.ownerId();
        if (owner != null && organisations(actor).stream().noneMatch(o -> o.id() == owner)) {
            problems.put("owner", "promise.activity.error.owner");
        }
        return problems;
    }

    @Transactional
    public CitizenPromise create(Actor actor, CitizenPromiseForm form) {
        actor.require(Role.COORDINATOR);
        check(problems(actor, form));
        long id = jdbc.sql("""
                        INSERT INTO citizen_promise (municipality_code, title, promise_text, period_from, period_to, focus_problems, published)
                        VALUES (:m, :title, :text, :from, :to, :focus, :published) RETURNING id
                        """)
                .param("m", actor.municipalityCode()).param("title", form.title().strip()).param("text", form.text().strip())
                .param("from", form.from()).param("to", form.to()).param("focus", String.join("\n", form.focusProblemList()))
                .param("published", form.isPublished()).query(Long.class).single();
        parties(id, form.partyIds());
        return get(actor, id);
    }

    @Transactional
    public CitizenPromise update(Actor actor, long id, CitizenPromiseForm form) {
        actor.require(Role.COORDINATOR);
        get(actor, id);
        check(problems(actor, form));
        jdbc.sql("""
                        UPDATE citizen_promise SET title = :title, promise_text = :text, period_from = :from, period_to = :to,
                               focus_problems = :focus, published = :published
                        WHERE id = :id AND municipality_code = :m
                        """)
                .param("m", actor.municipalityCode()).param("id", id).param("title", form.title().strip())
                .param("text", form.text().strip()).param("from", form.from()).param("to", form.to())
                .param("focus", String.join("\n", form.focusProblemList())).param("published", form.isPublished()).update();
        jdbc.sql("DELETE FROM citizen_promise_party WHERE promise_id = :id").param("id", id).update();
        parties(id, form.partyIds());
        return get(actor, id);
    }

    @Transactional
    public long addActivity(Actor actor, long promiseId, PromiseActivityForm form) {
        actor.require(Role.COORDINATOR);
        get(actor, promiseId);
        check(problems(actor, form));
        return jdbc.sql("""
                        INSERT INTO citizen_promise_activity (promise_id, municipality_code, description, owner_organisation_id, status, due_date)
                        VALUES (:p, :m, :d, :o, :s, :due) RETURNING id
                        """)
                .param("p", promiseId).param("m", actor.municipalityCode()).param("d", form.description().strip())
                .param("o", form.ownerId(), Types.BIGINT).param("s", form.activityStatus().name())
                .param("due", form.due(), Types.DATE).query(Long.class).single();
    }

    public PromiseActivity activity(Actor actor, long promiseId, long activityId) {
        return get(actor, promiseId).activities().stream().filter(a -> a.id() == activityId).findFirst()
                .orElseThrow(() -> new NotFoundException("Aktiviteten finns inte"));
    }

    @Transactional
    public void updateActivity(Actor actor, long promiseId, long activityId, PromiseActivityForm form) {
        actor.require(Role.COORDINATOR);
        activity(actor, promiseId, activityId);
        check(problems(actor, form));
        jdbc.sql("""
                        UPDATE citizen_promise_activity SET description = :d, owner_organisation_id = :o, status = :s, due_date = :due
                        WHERE id = :id AND promise_id = :p AND municipality_code = :m
                        """)
                .param("d", form.description().strip()).param("o", form.ownerId(), Types.BIGINT)
                .param("s", form.activityStatus().name()).param("due", form.due(), Types.DATE)
                .param("id", activityId).param("p", promiseId).param("m", actor.municipalityCode()).update();
    }

    /** Problems of a yearly follow-up as field → message key. */
    public Map<String, String> followUpProblems(CitizenPromise promise, Integer year, String achieved,
            Map<Long, String> statuses) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (year == null || !promise.followUpYears().contains(year)) {
            problems.put("year", "promise.followUp.error.year");
        }
        if (achieved == null || achieved.isBlank() || achieved.length() > CitizenPromiseForm.MAX_TEXT) {
            problems.put("achieved", "promise.followUp.error.achieved");
        }
        for (PromiseActivity activity : promise.activities()) {
            String status = statuses.get(activity.id());
            if (status != null && PromiseActivityStatus.parse(status) == null) {
                problems.put("status-" + activity.id(), "promise.activity.error.status");
            }
        }
        return problems;
    }

    /** Writes (or rewrites) the follow-up of a year, with each activity's status at the time. */
    @Transactional
    public void writeFollowUp(Actor actor, long promiseId, Integer year, String achieved, Map<Long, String> statuses) {
        actor.require(Role.COORDINATOR);
        CitizenPromise promise = get(actor, promiseId);
        check(followUpProblems(promise, year, achieved, statuses));
        long followUp = jdbc.sql("""
                        INSERT INTO citizen_promise_follow_up (promise_id, municipality_code, year, achieved, written_on)
                        VALUES (:p, :m, :y, :a, :today)
                        ON CONFLICT (promise_id, year) DO UPDATE SET achieved = EXCLUDED.achieved, written_on = EXCLUDED.written_on
                        RETURNING id
                        """)
                .param("p", promiseId).param("m", actor.municipalityCode()).param("y", year).param("a", achieved.strip())
                .param("today", today()).query(Long.class).single();
        jdbc.sql("DELETE FROM citizen_promise_follow_up_activity WHERE follow_up_id = :f").param("f", followUp).update();
        for (PromiseActivity activity : promise.activities()) {
            PromiseActivityStatus status = PromiseActivityStatus.parse(statuses.get(activity.id()));
            jdbc.sql("INSERT INTO citizen_promise_follow_up_activity (follow_up_id, activity_id, status) VALUES (:f, :a, :s)")
                    .param("f", followUp).param("a", activity.id())
                    .param("s", (status == null ? activity.status() : status).name()).update();
        }
    }

    private void parties(long promiseId, List<Long> partyIds) {
        for (Long party : partyIds) {
            jdbc.sql("INSERT INTO citizen_promise_party (promise_id, organisation_id) VALUES (:p, :o)")
                    .param("p", promiseId).param("o", party).update();
        }
    }

    private void check(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.entrySet().stream()
                    .map(p -> new InvalidInputException.InputProblem(p.getKey(),
                            messages.getMessage(p.getValue(), null, p.getValue(), LocaleContextHolder.getLocale())))
                    .toList());
        }
    }

    private record Row(long id, String municipalityCode, String title, String text, LocalDate from, LocalDate to,
            String focus, boolean published) {}

    private List<CitizenPromise> query(String municipalityCode, Long id, boolean publishedOnly) {
        LocalDate today = today();
        List<Row> rows = jdbc.sql("""
                        SELECT id, municipality_code, title, promise_text, period_from, period_to, focus_problems, published
                        FROM citizen_promise
                        WHERE municipality_code = :m AND (CAST(:id AS bigint) IS NULL OR id = CAST(:id AS bigint))
                          AND (published OR NOT :publishedOnly)
                        ORDER BY period_to DESC, period_from DESC, id DESC
                        """)
                .param("m", municipalityCode).param("id", id, Types.BIGINT).param("publishedOnly", publishedOnly)
                .query((rs, row) -> new Row(rs.getLong("id"), rs.getString("municipality_code"), rs.getString("title"),
                        rs.getString("promise_text"), rs.getObject("period_from", LocalDate.class),
                        rs.getObject("period_to", LocalDate.class), rs.getString("focus_problems"), rs.getBoolean("published")))
                .list();
        List<CitizenPromise> promises = new ArrayList<>();
        for (Row row : rows) {
            List<String> focus = row.focus().isBlank() ? List.of() : List.of(row.focus().split("\n"));
            promises.add(new CitizenPromise(row.id(), row.municipalityCode(), row.title(), row.text(), row.from(), row.to(),
                    focus, row.published(), PromiseRules.current(row.from(), row.to(), today), partiesOf(row.id()),
                    activitiesOf(municipalityCode, row.id(), today), followUpsOf(municipalityCode, row.id())));
        }
        return promises;
    }

    private List<CitizenPromise.Party> partiesOf(long promiseId) {
        return jdbc.sql("""
                        SELECT o.id, o.name, o.kind FROM citizen_promise_party p JOIN organisation o ON o.id = p.organisation_id
                        WHERE p.promise_id = :p ORDER BY o.name COLLATE "sv-SE-x-icu"
                        """)
                .param("p", promiseId)
                .query((rs, row) -> new CitizenPromise.Party(rs.getLong("id"), rs.getString("name"), rs.getString("kind")))
                .list();
    }

    private List<PromiseActivity> activitiesOf(String municipalityCode, long promiseId, LocalDate today) {
        return jdbc.sql("""
                        SELECT a.id, a.promise_id, a.description, a.owner_organisation_id, o.name AS owner_name, a.status, a.due_date
                        FROM citizen_promise_activity a LEFT JOIN organisation o ON o.id = a.owner_organisation_id
                        WHERE a.promise_id = :p AND a.municipality_code = :m
                        ORDER BY a.due_date NULLS LAST, a.id
                        """)
                .param("p", promiseId).param("m", municipalityCode)
                .query((rs, row) -> activity(rs, today)).list();
    }

    private static PromiseActivity activity(ResultSet rs, LocalDate today) throws SQLException {
        PromiseActivityStatus status = PromiseActivityStatus.valueOf(rs.getString("status"));
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        return new PromiseActivity(rs.getLong("id"), rs.getLong("promise_id"), rs.getString("description"),
                rs.getObject("owner_organisation_id", Long.class), rs.getString("owner_name"), status, due,
                PromiseRules.activityOverdue(status, due, today));
    }

    private List<PromiseFollowUp> followUpsOf(String municipalityCode, long promiseId) {
        record Head(long id, int year, String achieved, LocalDate writtenOn) {}
        List<Head> heads = jdbc.sql("""
                        SELECT id, year, achieved, written_on FROM citizen_promise_follow_up
                        WHERE promise_id = :p AND municipality_code = :m ORDER BY year DESC
                        """)
                .param("p", promiseId).param("m", municipalityCode)
                .query((rs, row) -> new Head(rs.getLong("id"), rs.getInt("year"), rs.getString("achieved"),
                        rs.getObject("written_on", LocalDate.class)))
                .list();
        List<PromiseFollowUp> followUps = new ArrayList<>();
        for (Head head : heads) {
            List<PromiseFollowUp.ActivityStatus> statuses = jdbc.sql("""
                            SELECT fa.activity_id, a.description, fa.status FROM citizen_promise_follow_up_activity fa
                            JOIN citizen_promise_activity a ON a.id = fa.activity_id
                            WHERE fa.follow_up_id = :f ORDER BY a.due_date NULLS LAST, a.id
                            """)
                    .param("f", head.id())
                    .query((rs, row) -> new PromiseFollowUp.ActivityStatus(rs.getLong("activity_id"), rs.getString("description"),
                            PromiseActivityStatus.valueOf(rs.getString("status"))))
                    .list();
            followUps.add(new PromiseFollowUp(head.id(), head.year(), head.achieved(), head.writtenOn(), statuses));
        }
        return followUps;
    }
}
