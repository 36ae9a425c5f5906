package se.trygghetsnav.community;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.trygghetsnav.platform.NotFoundException;

/** The member's notification list (aviseringar): their alerts, newest first, and which are unread. */
@Service
class AlertList {

    static final int LIMIT = 100;
    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(java.time.ZoneId.of("Europe/Stockholm"));

    static String swedishTime(Instant instant) {
        return TIME.format(instant);
    }

    record Item(long id, long postId, String priority, String body, String authorName, String reason, Instant createdAt,
            Instant readAt, String url) {
        public boolean read() {
            return readAt != null;
        }

        /** Local Swedish time for display, e.g. 2026-11-23 14:05. */
        public String when() {
            return swedishTime(createdAt);
        }
    }

    record Page(long unread, List<Item> alerts) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    AlertList(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The latest alerts about posts that are still shown (hidden or removed posts drop out). */
    Page list(CommunityUser user) {
        List<Item> items = jdbc.sql("""
                        SELECT a.id, a.post_id, p.priority, p.body, p.author_name, a.reason, a.created_at, a.read_at
                        FROM community_alert a JOIN community_post p ON p.id = a.post_id
                        WHERE a.user_id = :u AND p.hidden_at IS NULL AND p.removed_at IS NULL
                        ORDER BY a.created_at DESC, a.id DESC LIMIT :limit
                        """).param("u", user.userId()).param("limit", LIMIT)
                .query((rs, row) -> new Item(rs.getLong(1), rs.getLong(2), rs.getString(3), AlertService.excerpt(rs.getString(4), 280),
                        rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(),
                        rs.getObject(8, OffsetDateTime.class) == null ? null : rs.getObject(8, OffsetDateTime.class).toInstant(),
                        "/samverkan/inlagg/" + rs.getLong(2)))
                .list();
        return new Page(unread(user), items);
    }

    long unread(CommunityUser user) {
        return jdbc.sql("""
                        SELECT count(*) FROM community_alert a JOIN community_post p ON p.id = a.post_id
                        WHERE a.user_id = ? AND a.read_at IS NULL AND p.hidden_at IS NULL AND p.removed_at IS NULL
                        """).param(user.userId()).query(Long.class).single();
    }

    /** Marks one of the member's alerts read and returns its post; another member's alert id is not found. */
    long markRead(CommunityUser user, long alertId) {
        return jdbc.sql("""
                        UPDATE community_alert SET read_at = coalesce(read_at, :now) WHERE id = :id AND user_id = :u RETURNING post_id
                        """)
                .param("now", OffsetDateTime.now(clock)).param("id", alertId).param("u", user.userId())
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("Aviseringen finns inte"));
    }

    int markAllRead(CommunityUser user) {
        return jdbc.sql("UPDATE community_alert SET read_at = :now WHERE user_id = :u AND read_at IS NULL")
                .param("now", OffsetDateTime.now(clock)).param("u", user.userId()).update();
    }
}
