package se.trygghetsnav.walk;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.account.AccountService;
import se.trygghetsnav.account.Actor;
import se.trygghetsnav.account.Notifications;
import se.trygghetsnav.account.Person;
import se.trygghetsnav.platform.NotFoundException;
import se.trygghetsnav.platform.Role;

/** Working groups of a municipality, their meetings, and what they pass on to the coordinator. */
@Service
public class WorkingGroupService {

    private final JdbcClient jdbc;
    private final WalkService walks;
    private final AccountService accounts;
    private final Notifications notifications;

    WorkingGroupService(JdbcClient jdbc, WalkService walks, AccountService accounts, Notifications notifications) {
        this.jdbc = jdbc;
        this.walks = walks;
        this.accounts = accounts;
        this.notifications = notifications;
    }

    public List<WorkingGroup> list(Actor actor) {
        actor.require(Role.COORDINATOR, Role.ANALYST, Role.MANAGER);
        return query(actor, null);
    }

    public WorkingGroup get(Actor actor, long id) {
        actor.require(Role.COORDINATOR, Role.ANALYST, Role.MANAGER);
        return query(actor, id).stream().findFirst().orElseThrow(() -> new NotFoundException("Arbetsgruppen finns inte"));
    }

    private List<WorkingGroup> query(Actor actor, Long id) {
        LocalDate today = walks.today();
        return jdbc.sql("""
                        SELECT g.id, g.name, g.purpose, g.members, g.meetings_per_year,
                               (SELECT max(m.meeting_date) FROM working_group_meeting m WHERE m.group_id = g.id) AS last_meeting
                        FROM working_group g
                        WHERE g.municipality_code = :m AND (CAST(:id AS bigint) IS NULL OR g.id = CAST(:id AS bigint))
                        ORDER BY g.name
                        """)
                .param("m", actor.municipalityCode()).param("id", id, java.sql.Types.BIGINT)
                .query((rs, row) -> {
                    LocalDate last = rs.getObject("last_meeting", LocalDate.class);
                    LocalDate next = MeetingCadence.nextDue(last, rs.getInt("meetings_per_year"), today);
                    return new WorkingGroup(rs.getLong("id"), rs.getString("name"), rs.getString("purpose"),
                            rs.getString("members"), rs.getInt("meetings_per_year"), last, next, next.isBefore(today));
                })
                .list();
    }

    public List<WorkingGroup.GroupMeeting> meetings(Actor actor, long groupId) {
        get(actor, groupId);
        return jdbc.sql("""
                        SELECT id, meeting_date, minutes, decisions, to_coordinator FROM working_group_meeting
                        WHERE group_id = :g AND municipality_code = :m ORDER BY meeting_date DESC, id DESC
                        """)
                .param("g", groupId).param("m", actor.municipalityCode())
                .query((rs, row) -> new WorkingGroup.GroupMeeting(rs.getLong("id"), rs.getObject("meeting_date", LocalDate.class),
                        rs.getString("minutes"), rs.getString("decisions"), rs.getString("to_coordinator")))
                .list();
    }

    @Transactional
    public long create(Actor actor, String name, String purpose, String members, int meetingsPerYear) {
        actor.require(Role.COORDINATOR);
        return jdbc.sql("""
                        INSERT INTO working_group (municipality_code, name, purpose, members, meetings_per_year)
                        VALUES (:m, :n, :p, :members, :c)
                        RETURNING id
                        """)
                .param("m", actor.municipalityCode()).param("n", name.strip()).param("p", WalkForm.text(purpose))
                .param("members", WalkForm.text(members)).param("c", meetingsPerYear).query(Long.class).single();
    }

    /** Records a meeting; what it passes on reaches the coordinators as a message. */
    @Transactional
    public void recordMeeting(Actor actor, long groupId, LocalDate date, String minutes, String decisions, String toCoordinator) {
        actor.require(Role.COORDINATOR, Role.ANALYST);
        WorkingGroup group = get(actor, groupId);
        jdbc.sql("""
                        INSERT INTO working_group_meeting (group_id, municipality_code, meeting_date, minutes, decisions, to_coordinator)
                        VALUES (:g, :m, :d, :minutes, :decisions, :info)
                        """)
                .param("g", groupId).param("m", actor.municipalityCode()).param("d", date)
                .param("minutes", WalkForm.text(minutes)).param("decisions", WalkForm.text(decisions))
                .param("info", WalkForm.text(toCoordinator)).update();
        if (toCoordinator != null && !toCoordinator.isBlank()) {
            for (Person coordinator : accounts.peopleWithRole(actor.municipalityCode(), Role.COORDINATOR)) {
                notifications.send(coordinator, actor.municipalityCode(), "Information från " + group.name() + " " + date,
                        toCoordinator.strip(), "/lagesbild/arbetsgrupper/" + groupId);
            }
        }
    }
}
