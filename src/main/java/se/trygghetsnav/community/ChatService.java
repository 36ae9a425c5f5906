package se.trygghetsnav.community;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.platform.ImageSanitizer;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;
import se.trygghetsnav.platform.NotFoundException;

/** A group's chat: text and photos, for its members only. */
@Service
class ChatService {

    static final int PAGE = 100;

    private final JdbcClient jdbc;
    private final GroupService groups;
    private final PostService posts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChatService(JdbcClient jdbc, GroupService groups, PostService posts, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.groups = groups;
        this.posts = posts;
        this.events = events;
        this.clock = clock;
    }

    public record ChatMessage(long id, long groupId, Long authorId, String authorName, String body, boolean hasPhoto, boolean hidden,
            boolean removed, Instant createdAt) {
        public String time() {
            return CommunityTime.format(createdAt);
        }

        public boolean hiddenOrRemoved() {
            return hidden || removed;
        }

        public String photoUrl() {
            return hasPhoto ? "/samverkan/grupper/" + groupId + "/chatt/" + id + "/foto" : null;
        }
    }

    /** The latest messages, oldest first (newest at the bottom). */
    List<ChatMessage> messages(CommunityUser user, long groupId) {
        groups.requireMember(user, groupId);
        List<ChatMessage> newestFirst = jdbc.sql("""
                        SELECT m.id, m.group_id, m.author_id, m.author_name, m.body,
                               EXISTS (SELECT 1 FROM community_photo ph WHERE ph.chat_message_id = m.id) AS has_photo,
                               m.hidden_at IS NOT NULL AS hidden, m.removed_at IS NOT NULL AS removed, m.created_at
                        FROM community_chat_message m
                        WHERE m.group_id = :g AND ((m.hidden_at IS NULL AND m.removed_at IS NULL) OR :moderator)
                        ORDER BY m.created_at DESC, m.id DESC LIMIT :limit
                        """).param("g", groupId).param("moderator", user.isModerator()).param("limit", PAGE)
                .query((rs, row) -> new ChatMessage(rs.getLong("id"), rs.getLong("group_id"), (Long) rs.getObject("author_id"),
                        rs.getString("author_name"), rs.getString("body"), rs.getBoolean("has_photo"), rs.getBoolean("hidden"),
                        rs.getBoolean("removed"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
        List<ChatMessage> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    @Transactional
    ChatMessage send(CommunityUser user, long groupId, String body, byte[] photo) {
        user.requireNotBanned();
        groups.requireMember(user, groupId);
        boolean hasPhoto = photo != null && photo.length > 0;
        String text = body == null ? "" : body.strip();
        if (!PostRules.validChatBody(text, hasPhoto)) {
            throw new InvalidInputException(List.of(new InputProblem("body",
                    text.isEmpty() ? "Skriv ett meddelande eller välj en bild." : "Meddelandet får vara högst 2 000 tecken.")));
        }
        ImageSanitizer.SanitizedImage image = null;
        if (hasPhoto) {
            if (photo.length > PostRules.MAX_PHOTO_BYTES) {
                throw new InvalidInputException(List.of(new InputProblem("photo", "Bilden får vara högst 10 MB.")));
            }
            try {
                image = ImageSanitizer.sanitize(photo);
            } catch (ImageSanitizer.NotAnImageException | ImageSanitizer.ImageTooLargeException e) {
                throw new InvalidInputException(List.of(new InputProblem("photo", e.getMessage())));
            }
        }
        Instant now = clock.instant();
        posts.checkMessageRate(user.userId(), now);
        String name = posts.currentName(user.userId());
        long id = jdbc.sql("INSERT INTO community_chat_message (group_id, author_id, author_name, body, created_at) VALUES (:g, :a, :n, :b, :at) RETURNING id")
                .param("g", groupId).param("a", user.userId()).param("n", name).param("b", text)
                .param("at", OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC)).query(Long.class).single();
        if (image != null) {
            jdbc.sql("INSERT INTO community_photo (chat_message_id, content_type, bytes) VALUES (:m, :t, :b)")
                    .param("m", id).param("t", image.contentType()).param("b", image.content()).update();
        }
        events.publishEvent(new ChatMessagePosted(id, groupId, user.municipalityCode(), user.userId(), name, text, image != null, now));
        return new ChatMessage(id, groupId, user.userId(), name, text, image != null, false, false, now);
    }

    Optional<PostService.Photo> photo(CommunityUser user, long groupId, long messageId) {
        groups.requireMember(user, groupId);
        return jdbc.sql("""
                        SELECT ph.content_type, ph.bytes FROM community_photo ph JOIN community_chat_message m ON m.id = ph.chat_message_id
                        WHERE m.id = :m AND m.group_id = :g AND ((m.hidden_at IS NULL AND m.removed_at IS NULL) OR :moderator)
                        """).param("m", messageId).param("g", groupId).param("moderator", user.isModerator())
                .query((rs, row) -> new PostService.Photo(rs.getString(1), rs.getBytes(2))).optional();
    }

    ChatMessage requireMessage(CommunityUser user, long groupId, long messageId) {
        return messages(user, groupId).stream().filter(m -> m.id() == messageId).findFirst()
                .orElseThrow(() -> new NotFoundException("Meddelandet finns inte"));
    }
}
