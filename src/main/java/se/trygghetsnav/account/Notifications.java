package se.trygghetsnav.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.platform.Mailer;

/** A person's in-app messages; each can also go out by e-mail. */
@Service
public class Notifications {

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final Clock clock;

    Notifications(JdbcClient jdbc, Mailer mailer, Clock clock) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Stores the message for the person and e-mails it with a link to the page. */
    @Transactional
    public void send(Person to, String municipalityCode, String title, String body, String link) {
        jdbc.sql("""
                        INSERT INTO notification (user_id, municipality_code, title, body, link)
                        VALUES (:user, :m, :title, :body, :link)
                        """)
                .param("user", to.userId())
                .param("m", municipalityCode)
                .param("title", title)
                .param("body", body)
                .param("link", link)
                .update();
        mailer.send(to.email(), title, body + (link == null ? "" : "\n\n" + mailer.link(link)) + "\n");
    }

    public List<Notification> inbox(long userId) {
        return jdbc.sql("""
                        SELECT id, title, body, link, created_at, read_at FROM notification
                        WHERE user_id = :user ORDER BY created_at DESC, id DESC LIMIT 200
                        """)
                .param("user", userId)
                .query(Notification.class)
                .list();
    }

    public long unread(long userId) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE user_id = :user AND read_at IS NULL")
                .param("user", userId).query(Long.class).single();
    }

    @Transactional
    public void markAllRead(long userId) {
        jdbc.sql("UPDATE notification SET read_at = :now WHERE user_id = :user AND read_at IS NULL")
                .param("now", OffsetDateTime.now(clock)).param("user", userId).update();
    }

    public record Notification(long id, String title, String body, String link, OffsetDateTime createdAt, OffsetDateTime readAt) {
        public boolean unread() {
            return readAt == null;
        }
    }
}
