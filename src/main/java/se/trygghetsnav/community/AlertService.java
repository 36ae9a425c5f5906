package se.trygghetsnav.community;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import se.trygghetsnav.community.AlertRules.MemberState;
import se.trygghetsnav.community.AlertRules.Recipient;

/**
 * The alert fan-out: when a YELLOW or RED post is published, finds who to alert (zones and shared
 * positions through the in-memory index, group members for group posts), writes their
 * community_alert rows in one statement, and delivers the alert live and as Web Push. Other
 * instances hear of it through {@link ClusterBus} and deliver to their own live streams.
 * Chat messages are delivered live to every member of the group the same way.
 */
@Service
class AlertService {

    private static final Logger log = LoggerFactory.getLogger(AlertService.class);
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    /** The live event about an alert, as js/live.js reads it. */
    record LiveAlert(long alertId, long postId, String priority, String priorityText, String body, String authorName,
            String url, Instant createdAt) {}

    /** The live event about a chat message, re-dispatched by js/live.js to js/chat.js. */
    record LiveChat(long messageId, long groupId, String authorName, String body, String photoUrl, Instant createdAt) {}

    private final JdbcClient jdbc;
    private final ZoneDirectory directory;
    private final LiveConnections live;
    private final ClusterBus bus;
    private final MessageSource messages;
    private final AlertPush push;

    AlertService(JdbcClient jdbc, ZoneDirectory directory, LiveConnections live, ClusterBus bus, MessageSource messages,
            AlertPush push) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.live = live;
        this.bus = bus;
        this.messages = messages;
        this.push = push;
        bus.onMessage(this::received);
        bus.onReconnect(directory::reload);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void postPublished(PostPublished post) {
        List<Recipient> recipients = recipients(post);
        if (recipients.isEmpty()) {
            return;
        }
        List<Long> liveUsers = store(post.postId(), recipients);
        deliverAlert(post.postId(), liveUsers);
        bus.publish(ClusterBus.Kind.ALERT, post.postId());
        if (!liveUsers.isEmpty()) {
            push.send(liveUsers, pushTitle(post.priority()), excerpt(post.body(), 140), "/samverkan/inlagg/" + post.postId(),
                    "post-" + post.postId());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void chatMessagePosted(ChatMessagePosted message) {
        deliverChat(message.messageId());
        bus.publish(ClusterBus.Kind.CHAT, message.messageId());
    }

    /** Who to alert about the post, by the rules in {@link AlertRules}. */
    List<Recipient> recipients(PostPublished post) {
        if (!post.priority().alerts()) {
            return List.of();
        }
        long[] zoneUsers = new long[0];
        long[] positionUsers = new long[0];
        long[] groupMembers = new long[0];
        if (post.visibility() == Visibility.PUBLIC) {
            zoneUsers = directory.zoneUsersCovering(post.latitude(), post.longitude());
            positionUsers = directory.positionUsersCovering(post.latitude(), post.longitude());
        } else if (post.visibility() == Visibility.GROUP && post.groupId() != null) {
            groupMembers = jdbc.sql("SELECT user_id FROM community_group_member WHERE group_id = ? AND status = 'MEMBER' AND NOT muted")
                    .param(post.groupId()).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
        }
        Set<Long> candidates = new java.util.HashSet<>();
        for (long[] users : new long[][] {zoneUsers, positionUsers, groupMembers}) {
            for (long user : users) {
                candidates.add(user);
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<Long, MemberState> members = new HashMap<>();
        jdbc.sql("""
                        SELECT user_id, municipality_code, alerts_paused, daily_digest FROM community_member
                        WHERE user_id = ANY(CAST(:ids AS bigint[])) AND banned_at IS NULL
                        """)
                .param("ids", candidates.toArray(Long[]::new))
                .query(rs -> {
                    members.put(rs.getLong(1), new MemberState(rs.getLong(1), rs.getString(2).strip(), rs.getBoolean(3),
                            rs.getBoolean(4)));
                });
        return AlertRules.recipients(post, zoneUsers, positionUsers, groupMembers, members);
    }

    /** Writes the rows in one statement (a repeated event writes nothing twice); returns who gets it live. */
    private List<Long> store(long postId, List<Recipient> recipients) {
        Long[] users = recipients.stream().map(Recipient::userId).toArray(Long[]::new);
        String[] reasons = recipients.stream().map(r -> r.reason().name()).toArray(String[]::new);
        Set<Long> liveUsers = new java.util.HashSet<>();
        recipients.stream().filter(Recipient::live).forEach(r -> liveUsers.add(r.userId()));
        List<Long> inserted = jdbc.sql("""
                        INSERT INTO community_alert (user_id, post_id, reason)
                        SELECT r.user_id, :post, r.reason
                        FROM unnest(CAST(:users AS bigint[]), CAST(:reasons AS text[])) AS r(user_id, reason)
                        ON CONFLICT (user_id, post_id) DO NOTHING
                        RETURNING user_id
                        """)
                .param("post", postId).param("users", users).param("reasons", reasons)
                .query(Long.class).list();
        List<Long> result = new ArrayList<>();
        for (Long user : inserted) {
            if (liveUsers.contains(user)) {
                result.add(user);
            }
        }
        return result;
    }

    private void received(ClusterBus.Message message) {
        switch (message.kind()) {
            case ALERT -> deliverAlert(message.id(), null);
            case CHAT -> deliverChat(message.id());
            case ZONE -> directory.refreshZone(message.id());
            case POSITION -> directory.refreshPosition(message.id());
        }
    }

    /**
     * Sends the post's alerts to the members connected to this instance. {@code liveUsers} is known
     * on the instance that stored the rows; elsewhere (null) the rows are read back.
     */
    private void deliverAlert(long postId, List<Long> liveUsers) {
        Set<Long> connected = live.connectedUsers();
        if (connected.isEmpty()) {
            return;
        }
        record Post(String priority, String body, String authorName, OffsetDateTime createdAt) {}
        Post post = jdbc.sql("""
                        SELECT priority, body, author_name, created_at FROM community_post
                        WHERE id = ? AND hidden_at IS NULL AND removed_at IS NULL
                        """).param(postId).query(Post.class).optional().orElse(null);
        if (post == null) {
            return;
        }
        Map<Long, Long> alertIdByUser = new HashMap<>();
        List<Long> targets = liveUsers == null ? List.copyOf(connected) : live.connected(liveUsers);
        if (targets.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        SELECT a.id, a.user_id FROM community_alert a JOIN community_member m ON m.user_id = a.user_id
                        WHERE a.post_id = :post AND a.user_id = ANY(CAST(:users AS bigint[]))
                          AND NOT m.daily_digest AND NOT m.alerts_paused
                        """)
                .param("post", postId).param("users", targets.toArray(Long[]::new))
                .query(rs -> {
                    alertIdByUser.put(rs.getLong(2), rs.getLong(1));
                });
        String priorityText = messages.getMessage("alert.priority." + post.priority(), null, post.priority(), SWEDISH);
        alertIdByUser.forEach((user, alertId) -> live.send(user, "alert", new LiveAlert(alertId, postId, post.priority(),
                priorityText, excerpt(post.body(), 280), post.authorName(), "/samverkan/inlagg/" + postId,
                post.createdAt().toInstant())));
    }

    private void deliverChat(long messageId) {
        Set<Long> connected = live.connectedUsers();
        if (connected.isEmpty()) {
            return;
        }
        record Chat(long groupId, String authorName, String body, Long photoId, OffsetDateTime createdAt) {}
        Chat chat = jdbc.sql("""
                        SELECT c.group_id, c.author_name, c.body,
                               (SELECT min(p.id) FROM community_photo p WHERE p.chat_message_id = c.id) AS photo_id, c.created_at
                        FROM community_chat_message c WHERE c.id = ? AND c.hidden_at IS NULL AND c.removed_at IS NULL
                        """).param(messageId).query(Chat.class).optional().orElse(null);
        if (chat == null) {
            return;
        }
        List<Long> members = jdbc.sql("""
                        SELECT user_id FROM community_group_member
                        WHERE group_id = :group AND status = 'MEMBER' AND user_id = ANY(CAST(:users AS bigint[]))
                        """)
                .param("group", chat.groupId()).param("users", connected.toArray(Long[]::new))
                .query(Long.class).list();
        String photoUrl = chat.photoId() == null ? null : "/samverkan/grupper/" + chat.groupId() + "/chatt/" + messageId + "/foto";
        live.sendAll(members, "chat", new LiveChat(messageId, chat.groupId(), chat.authorName(), chat.body(), photoUrl,
                chat.createdAt().toInstant()));
    }

    private String pushTitle(Priority priority) {
        return messages.getMessage("alert.push.title." + priority.name(), null, priority.name(), SWEDISH);
    }

    static String excerpt(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max - 1).strip() + "…";
    }

}
