package se.trygghetsnav.walk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.account.AccountService;
import se.trygghetsnav.account.Notifications;
import se.trygghetsnav.account.Person;
import se.trygghetsnav.platform.Role;

/**
 * Once a day, tells the coordinators of each municipality about walks whose follow-up meeting or
 * six-month feedback has passed without being done. Each follow-up is reminded of once.
 */
@Component
public class WalkReminders {

    private record Overdue(long walkId, String municipalityCode, String locality, LocalDate walkDate, LocalDate due,
            boolean meeting) {}

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final Notifications notifications;
    private final Clock clock;

    WalkReminders(JdbcClient jdbc, AccountService accounts, Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(cron = "0 30 7 * * *", zone = "Europe/Stockholm")
    void daily() {
        sendOverdueReminders();
    }

    /** Sends the reminders that are due and remembers them; returns how many follow-ups were reminded of. */
    @Transactional
    public int sendOverdueReminders() {
        LocalDate today = LocalDate.now(clock.withZone(WalkService.SWEDEN));
        List<Overdue> overdue = jdbc.sql("""
                        SELECT w.id, w.municipality_code, l.name, w.walk_date, w.follow_up_meeting_date AS due, true AS meeting
                        FROM safety_walk w JOIN locality l ON l.id = w.locality_id
                        WHERE w.follow_up_meeting_date < :today AND NOT w.follow_up_meeting_done AND w.meeting_reminder_sent_at IS NULL
                        UNION ALL
                        SELECT w.id, w.municipality_code, l.name, w.walk_date, w.feedback_date AS due, false AS meeting
                        FROM safety_walk w JOIN locality l ON l.id = w.locality_id
                        WHERE w.feedback_date < :today AND NOT w.feedback_done AND w.feedback_reminder_sent_at IS NULL
                        ORDER BY 1
                        """)
                .param("today", today)
                .query((rs, row) -> new Overdue(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getBoolean(6)))
                .list();
        for (Overdue o : overdue) {
            String what = o.meeting() ? "Trygghetsmötet efter trygghetsvandringen" : "Återkopplingen efter trygghetsvandringen";
            String title = what + " i " + o.locality() + " är försenad";
            String body = "%s i %s den %s skulle ha skett senast %s.".formatted(what, o.locality(), o.walkDate(), o.due());
            for (Person coordinator : accounts.peopleWithRole(o.municipalityCode(), Role.COORDINATOR)) {
                notifications.send(coordinator, o.municipalityCode(), title, body, "/lagesbild/vandringar/" + o.walkId());
            }
            jdbc.sql("UPDATE safety_walk SET " + (o.meeting() ? "meeting_reminder_sent_at" : "feedback_reminder_sent_at")
                            + " = :now WHERE id = :id")
                    .param("now", OffsetDateTime.now(clock)).param("id", o.walkId()).update();
        }
        return overdue.size();
    }
}
