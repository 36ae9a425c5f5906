package se.trygghetsnav.walk;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.platform.Role;

/**
 * Collects everything dated in a municipality's safety work into {@link YearWheel} entries: walks,
 * their follow-up meetings and feedback dates, safety meetings, working group meetings and when each
 * group should meet next, measure
 * deadlines, and the activities and yearly follow-ups of citizen promises. One place, plain SQL,
 * always scoped to one municipality.
 */
@Service
public class YearWheelService {

    /** A walk has only a start time; in calendars it lasts two hours. */
    static final long WALK_HOURS = 2;

    private final JdbcClient jdbc;
    private final WalkService walks;

    YearWheelService(JdbcClient jdbc, WalkService walks) {
        this.jdbc = jdbc;
        this.walks = walks;
    }

    public LocalDate today() {
        return walks.today();
    }

    public YearWheel wheel(Actor actor, int year) {
        actor.require(Role.COORDINATOR, Role.ANALYST, Role.MANAGER);
        return new YearWheel(year, today(), entries(actor.municipalityCode(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    /** Every entry of the municipality dated from {@code from} to {@code to}, both included. */
    List<YearWheel.Entry> entries(String municipality, LocalDate from, LocalDate to) {
        List<YearWheel.Entry> entries = new ArrayList<>();
        entries.addAll(jdbc.sql("""
                        SELECT w.id, w.walk_date, w.start_time, w.meeting_point, l.name AS locality, w.completed_at IS NOT NULL AS done
                        FROM safety_walk w JOIN locality l ON l.id = w.locality_id
                        WHERE w.municipality_code = :m AND w.walk_date BETWEEN :from AND :to
                        """)
                .param("m", municipality).param("from", from).param("to", to)
                .query((rs, row) -> {
                    String locality = rs.getString("locality");
                    LocalTime start = rs.getObject("start_time", LocalTime.class);
                    LocalTime end = start.isAfter(LocalTime.of(21, 59)) ? LocalTime.of(23, 59) : start.plusHours(WALK_HOURS);
                    String point = rs.getString("meeting_point");
                    return new YearWheel.Entry(YearWheel.Kind.WALK, rs.getLong("id"), "", rs.getObject("walk_date", LocalDate.class),
                            start, end, locality, "Trygghetsvandring i " + locality,
                            point.isBlank() ? locality : point + ", " + locality,
                            point.isBlank() ? "" : "Samling: " + point, "/lagesbild/vandringar/" + rs.getLong("id"), rs.getBoolean("done"));
                })
                .list());
        entries.addAll(jdbc.sql("""
                        SELECT w.id, w.follow_up_meeting_date, w.follow_up_meeting_done, w.walk_date, l.name AS locality
                        FROM safety_walk w JOIN locality l ON l.id = w.locality_id
                        WHERE w.municipality_code = :m AND w.follow_up_meeting_date BETWEEN :from AND :to
                        """)
                .param("m", municipality).param("from", from).param("to", to)
                .query((rs, row) -> new YearWheel.Entry(YearWheel.Kind.WALK_FOLLOW_UP_MEETING, rs.getLong("id"), "",
                        rs.getObject("follow_up_meeting_date", LocalDate.class), null, null, rs.getString("locality"),
                        "Senast uppföljande trygghetsmöte i " + rs.getString("locality"), rs.getString("locality"),
                        "Uppföljning av trygghetsvandringen " + rs.getObject("walk_date", LocalDate.class),
                        "/lagesbild/vandringar/" + rs.getLong("id"), rs.getBoolean("follow_up_meeting_done")))
                .list());
        entries.addAll(jdbc.sql("""
                        SELECT w.id, w.feedback_date, w.feedback_done, w.walk_date, l.name AS locality
                        FROM safety_walk w JOIN locality l ON l.id = w.locality_id
                        WHERE w.municipality_code = :m AND w.feedback_date BETWEEN :from AND :to
                        """)
                .param("m", municipality).param("from", from).param("to", to)
                .query((rs, row) -> new YearWheel.Entry(YearWheel.Kind.WALK_FEEDBACK, rs.getLong("id"), "",
                        rs.getObject("feedback_date", LocalDate.class), null, null, rs.getString("locality"),
                        "Återkoppling till " + rs.getString("locality") + " efter trygghetsvandringen", rs.getString("locality"),
                        "Återkoppling sex månader efter trygghetsvandringen " + rs.getObject("walk_date", LocalDate.class),
                        "/lagesbild/vandringar/" + rs.getLong("id"), rs.getBoolean("feedback_done")))
                .list());
        entries.addAll(jdbc.sql("""
                        SELECT s.id, s.meeting_date, s.start_time, s.end_time, s.theme, s.place, l.name AS locality
                        FROM safety_meeting s JOIN locality l ON l.id = s.locality_id
                        WHERE s.municipality_code = :m AND s.meeting_date BETWEEN :from AND :to
                        """)
                .param("m", municipality).param("from", from).param("to", to)
                .query((rs, row) -> {
                    String locality = rs.getString("locality");
                    String theme = rs.getString("theme");
                    String place = rs.getString("place");
                    return new YearWheel.Entry(YearWheel.Kind.SAFETY_MEETING, rs.getLong("id"), "",
                            rs.getObject("meeting_date", LocalDate.class), rs.getObject("start_time", LocalTime.class),
                            rs.getObject("end_time", LocalTime.class), theme.isBlank() ? locality : locality + ": " + theme,
                            "Trygghetsmöte i " + locality + (theme.isBlank() ? "" : ": " + theme),
                            place.isBlank() ? locality : place + ", " + locality, "", "/lagesbild/moten/" + rs.getLong("id"), true);
                })
                .list());
        entries.addAll(jdbc.sql("""
                        SELECT gm.id, gm.group_id, gm.meeting_date, g.name FROM working_group_meeting gm
                        JOIN working_group g ON g.id = gm.group_id AND g.municipality_code = gm.municipality_code
                        WHERE gm.municipality_code = :m AND gm.meeting_date BETWEEN :from AND :to
                        """)
                .param("m", municipality).param("from", from).param("to", to)
                .query((rs, row) -> new YearWheel.Entry(YearWheel.Kind.GROUP_MEETING, rs.getLong("id"), "",
                        rs.getObject("meeting_date", LocalDate.class), null, null, rs.getString("name"),
                        "Möte i arbetsgruppen " + rs.getString("name"), "", "",
                        "/lagesbild/arbetsgrupper/" + rs.getLong("group_id"), true))
                .list());
        LocalDate today = today();
        entries.addAll(jdbc.sql("""
                        SELECT g.id, g.name, g.meetings_per_year,
                               (SELECT max(m.meeting_date) FROM working_group_meeting m WHERE m.group_id = g.id) AS last_meeting
                        FROM working_group g WHERE g.municipality_code = :m
                        """)
                .param("m", municipality)
                .query((rs, row) -> new YearWheel.Entry(YearWheel.Kind.GROUP_MEETING_DUE, rs.getLong("id"), "",
                        MeetingCadence.nextDue(rs.getObject("last_meeting", LocalDate.class), rs.getInt("meetings_per_year"), today),
                        null, null, rs.getString("name"), "Nästa möte i arbetsgruppen " + rs.getString("name") + " senast", "",
                        rs.getInt("meetings_per_year") + " möten om året", "/lagesbild/arbetsgrupper/" + rs.getLong("id"), false))
                .list().stream().filter(e -> !e.date().isBefore(from) && !e.date().isAfter(to)).toList());
        entries.addAll(jdbc.sql("""
                        SELECT id, title, due_date, status FROM measure
                        WHERE municipality_code = :m AND due_date BETWEEN :from AND :to
                        """)
                .param("m", municipality).param("from", from).param("to", to)
                .query((rs, row) -> new YearWheel.Entry(YearWheel.Kind.MEASURE_DEADLINE, rs.getLong("id"), "",
                        rs.getObject("due_date", LocalDate.class), null, null, rs.getString("title"),
                        "Åtgärd klar senast: " + rs.getString("title"), "", "",
                        "/lagesbild/atgarder/" + rs.getLong("id"), Set.of("DONE", "CANCELLED").contains(rs.getString("status"))))
                .list());
        entries.addAll(jdbc.sql("""
                        SELECT a.id, a.promise_id, a.description, a.status, a.due_date, p.title
                        FROM citizen_promise_activity a JOIN citizen_promise p ON p.id = a.promise_id AND p.municipality_code = a.municipality_code
                        WHERE a.municipality_code = :m AND a.due_date BETWEEN :from AND :to
                        """)
                .param("m", municipality).param("from", from).param("to", to)
                .query((rs, row) -> new YearWheel.Entry(YearWheel.Kind.PROMISE_ACTIVITY, rs.getLong("id"), "",
                        rs.getObject("due_date", LocalDate.class), null, null, rs.getString("description"),
                        "Medborgarlöfte, aktivitet klar senast: " + rs.getString("description"), "",
                        "Medborgarlöftet " + rs.getString("title"), "/lagesbild/medborgarloften/" + rs.getLong("promise_id"),
                        PromiseActivityStatus.valueOf(rs.getString("status")).closed()))
                .list());
        record Promise(long id, String title, LocalDate from, LocalDate to, List<Integer> written) {}
        List<Promise> promises = jdbc.sql("""
                        SELECT p.id, p.title, p.period_from, p.period_to,
                               ARRAY(SELECT f.year FROM citizen_promise_follow_up f WHERE f.promise_id = p.id) AS written
                        FROM citizen_promise p
                        WHERE p.municipality_code = :m AND p.period_from <= :to AND p.period_to >= make_date(CAST(:fromYear AS int), 1, 1)
                        """)
                .param("m", municipality).param("to", to).param("fromYear", from.getYear())
                .query((rs, row) -> new Promise(rs.getLong("id"), rs.getString("title"), rs.getObject("period_from", LocalDate.class),
                        rs.getObject("period_to", LocalDate.class), List.of((Integer[]) rs.getArray("written").getArray())))
                .list();
        for (Promise promise : promises) {
            for (int year : PromiseRules.followUpYears(promise.from(), promise.to())) {
                LocalDate due = PromiseRules.followUpDue(promise.from(), promise.to(), year);
                if (!due.isBefore(from) && !due.isAfter(to)) {
                    entries.add(new YearWheel.Entry(YearWheel.Kind.PROMISE_FOLLOW_UP, promise.id(), String.valueOf(year), due,
                            null, null, promise.title() + " " + year,
                            "Årlig uppföljning " + year + " av medborgarlöftet " + promise.title(), "", "",
                            "/lagesbild/medborgarloften/" + promise.id() + "/uppfoljning?ar=" + year,
                            promise.written().contains(year)));
                }
            }
        }
        entries.sort(YearWheel.ORDER);
        return entries;
    }
}
