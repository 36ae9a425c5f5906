package se.trygghetsnav.community;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.trygghetsnav.platform.Mailer;

/**
 * Once a day at 07:00 (Swedish time), members who chose the daily digest get one e-mail listing
 * their unread alerts not yet sent in a digest. The rows are claimed with one UPDATE, so with
 * several instances each alert is mailed once.
 */
@Component
class DigestMailer {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private record Row(long userId, String email, long postId, String priority, String body, String authorName,
            OffsetDateTime createdAt) {}

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final Clock clock;

    DigestMailer(JdbcClient jdbc, Mailer mailer, Clock clock) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 7 * * *", zone = "Europe/Stockholm")
    void daily() {
        sendDigests();
    }

    /** Sends the digests that are due; returns how many e-mails were sent. */
    public int sendDigests() {
        List<Row> rows = jdbc.sql("""
                        WITH claimed AS (
                            UPDATE community_alert a SET digested_at = :now
                            FROM community_member m
                            WHERE m.user_id = a.user_id AND m.daily_digest AND NOT m.alerts_paused
                              AND a.digested_at IS NULL AND a.read_at IS NULL
                            RETURNING a.user_id, a.post_id, a.created_at)
                        SELECT c.user_id, u.email, c.post_id, p.priority, p.body, p.author_name, c.created_at
                        FROM claimed c JOIN app_user u ON u.id = c.user_id JOIN community_post p ON p.id = c.post_id
                        WHERE p.hidden_at IS NULL AND p.removed_at IS NULL
                        ORDER BY c.user_id, c.created_at
                        """)
                .param("now", OffsetDateTime.now(clock))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getObject(7, OffsetDateTime.class)))
                .list();
        Map<Long, List<Row>> byUser = new LinkedHashMap<>();
        rows.forEach(row -> byUser.computeIfAbsent(row.userId(), id -> new ArrayList<>()).add(row));
        for (List<Row> alerts : byUser.values()) {
            mailer.send(alerts.get(0).email(), subject(alerts.size()), body(alerts));
        }
        return byUser.size();
    }

    private static String subject(int count) {
        return count == 1 ? "Samverkan: 1 ny avisering" : "Samverkan: " + count + " nya aviseringar";
    }

    private String body(List<Row> alerts) {
        StringBuilder text = new StringBuilder("Hej!\n\nHär är aviseringarna från samverkan sedan förra sammanfattningen:\n\n");
        for (Row alert : alerts) {
            text.append("- ").append(priorityText(alert.priority())).append(", ")
                    .append(TIME.format(alert.createdAt().atZoneSameInstant(SWEDEN))).append(", ")
                    .append(alert.authorName()).append(":\n  ")
                    .append(AlertService.excerpt(alert.body(), 280)).append("\n  ")
                    .append(mailer.link("/samverkan/inlagg/" + alert.postId())).append("\n\n");
        }
        text.append("Du får en sammanfattning om dagen i stället för direkta aviseringar. Ändra det under Bevakning: ")
                .append(mailer.link("/samverkan/bevakning")).append('\n');
        return text.toString();
    }

    private static String priorityText(String priority) {
        return switch (priority) {
            case "RED" -> "Brådskande (röd)";
            case "YELLOW" -> "Varning (gul)";
            default -> "Information (grön)";
        };
    }
}
