package se.trygghetsnav.community;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.account.Membership;
import se.trygghetsnav.account.Notifications;
import se.trygghetsnav.account.Person;
import se.trygghetsnav.community.ModerationRules.ContentState;
import se.trygghetsnav.community.ModerationRules.Situation;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;
import se.trygghetsnav.platform.NotFoundException;

/**
 * Reports (anmälningar) of posts, comments and chat messages, and what moderators and group admins
 * do about them. Group content goes to the group's admins, everything else to the platform's
 * moderators. Every action is logged with who and why; the person who reported hears the outcome.
 */
@Service
public class ModerationService {

    /** The member's own page of reports and messages from moderators, linked from every notification. */
    static final String MINE = "/samverkan/mina-anmalningar";

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final MessageSource messages;
    private final Clock clock;

    ModerationService(JdbcClient jdbc, Notifications notifications, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
    }

    /** What kind of content a report is about. */
    public enum ContentKind {
        POST("post_id"),
        COMMENT("comment_id"),
        CHAT("chat_message_id");

        private final String column;

        ContentKind(String column) {
            this.column = column;
        }

        public String messageKey() {
            return "moderation.kind." + name();
        }
    }

    /** Reported content with what the rules need. */
    public record Content(ContentKind kind, long id, String municipalityCode, Long groupId, String groupName, Long postId,
            String visibility, Long organisationId, Long postAuthorId, Long authorId, String authorName, String body, boolean hidden,
            boolean removed, OffsetDateTime createdAt) {

        public ContentState state() {
            return ContentState.of(hidden, removed);
        }
    }

    /** A report as the queue and the report page show it. */
    public record Report(long id, String municipalityCode, String municipalityName, Long reporterId, String reason,
            OffsetDateTime createdAt, OffsetDateTime handledAt, String handledByName, String outcome, Content content) {

        public boolean open() {
            return handledAt == null;
        }
    }

    /** One line of the moderation log. */
    public record LogEntry(long id, String municipalityCode, String moderatorName, ModerationActionKind action,
            String targetName, Long postId, Long commentId, Long chatMessageId, Long groupId, Long reportId, String reason,
            OffsetDateTime createdAt) {}

    // ------------------------------------------------------------------ content

    private static final String CONTENT_POST = """
            SELECT 'POST' AS kind, p.id, p.municipality_code, p.group_id, g.name AS group_name, p.id AS post_id, p.visibility,
                   p.organisation_id, p.author_id AS post_author_id, p.author_id, p.author_name, p.body, p.hidden_at IS NOT NULL AS hidden,
                   p.removed_at IS NOT NULL AS removed, p.created_at
            FROM community_post p LEFT JOIN community_group g ON g.id = p.group_id WHERE p.id = :id
            """;
    private static final String CONTENT_COMMENT = """
            SELECT 'COMMENT' AS kind, c.id, p.municipality_code, p.group_id, g.name AS group_name, p.id AS post_id, p.visibility,
                   p.organisation_id, p.author_id AS post_author_id, c.author_id, c.author_name, c.body, c.hidden_at IS NOT NULL AS hidden,
                   c.removed_at IS NOT NULL AS removed, c.created_at
            FROM community_comment c JOIN community_post p ON p.id = c.post_id LEFT JOIN community_group g ON g.id = p.group_id
            WHERE c.id = :id
            """;
    private static final String CONTENT_CHAT = """
            SELECT 'CHAT' AS kind, m.id, g.municipality_code, m.group_id, g.name AS group_name, NULL AS post_id, 'GROUP' AS visibility,
                   NULL AS organisation_id, NULL AS post_author_id, m.author_id, m.author_name, m.body, m.hidden_at IS NOT NULL AS hidden,
                   m.removed_at IS NOT NULL AS removed, m.created_at
            FROM community_chat_message m JOIN community_group g ON g.id = m.group_id WHERE m.id = :id
            """;

    Optional<Content> content(ContentKind kind, long id) {
        String sql = switch (kind) {
            case POST -> CONTENT_POST;
            case COMMENT -> CONTENT_COMMENT;
            case CHAT -> CONTENT_CHAT;
        };
        return jdbc.sql(sql).param("id", id).query(Content.class).optional();
    }

    /** The content as the member may see it for reporting; 404 when it is not theirs to see. */
    public Content reportable(CommunityUser user, ContentKind kind, long id) {
        Content content = content(kind, id).orElseThrow(() -> new NotFoundException("Innehållet finns inte"));
        if (!maySee(user, content)) {
            throw new NotFoundException("Innehållet finns inte");
        }
        return content;
    }

    /** Moderators see everything on the platform; others what core's {@link PostAccess} lets them see of the post, chat or comment. */
    private boolean maySee(CommunityUser user, Content content) {
        if (user.isModerator()) {
            return true;
        }
        Set<Long> groups = content.groupId() != null && isGroupMember(user.userId(), content.groupId())
                ? Set.of(content.groupId()) : Set.of();
        Set<Long> staffOf = user.memberships().stream().map(Membership::organisationId).collect(Collectors.toSet());
        return PostAccess.canSee(new PostAccess.Viewer(user.userId(), user.municipalityCode(), false, groups, staffOf),
                new PostAccess.PostFacts(content.municipalityCode(), content.postAuthorId(), Visibility.valueOf(content.visibility()),
                        content.groupId(), content.organisationId(), content.hidden() || content.removed()));
    }

    boolean isGroupMember(long userId, long groupId) {
        return jdbc.sql("SELECT count(*) FROM community_group_member WHERE group_id = :g AND user_id = :u AND status = 'MEMBER'")
                .param("g", groupId).param("u", userId).query(Long.class).single() > 0;
    }

    public boolean isGroupAdmin(long userId, long groupId) {
        return jdbc.sql("""
                        SELECT count(*) FROM community_group_member WHERE group_id = :g AND user_id = :u AND status = 'MEMBER' AND admin
                        """).param("g", groupId).param("u", userId).query(Long.class).single() > 0;
    }

    // ------------------------------------------------------------------ reporting

    /** Files a report; group content goes to the group's admins, the rest to the moderators. */
    @Transactional
    public long report(CommunityUser user, ContentKind kind, long contentId, String reason) {
        Content content = reportable(user, kind, contentId);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > ModerationRules.MAX_REASON) {
            throw new InvalidInputException(List.of(new InputProblem("reason", text("moderation.error.reason"))));
        }
        return jdbc.sql("""
                        INSERT INTO moderation_report (municipality_code, reporter_id, post_id, comment_id, chat_message_id, group_id, reason)
                        VALUES (:m, :reporter, :post, :comment, :chat, :group, :reason) RETURNING id
                        """)
                .param("m", content.municipalityCode())
                .param("reporter", user.userId())
                .param("post", kind == ContentKind.POST ? contentId : null)
                .param("comment", kind == ContentKind.COMMENT ? contentId : null)
                .param("chat", kind == ContentKind.CHAT ? contentId : null)
                .param("group", content.groupId())
                .param("reason", text)
                .query(Long.class).single();
    }

    // ------------------------------------------------------------------ queues and the log

    private static final String REPORT_SELECT = """
            SELECT r.id, r.municipality_code, k.name AS municipality_name, r.reporter_id, r.reason, r.created_at, r.handled_at,
                   h.display_name AS handled_by_name, r.outcome, r.post_id, r.comment_id, r.chat_message_id
            FROM moderation_report r JOIN municipality k ON k.code = r.municipality_code
            LEFT JOIN app_user h ON h.id = r.handled_by
            """;

    private record ReportRow(long id, String municipalityCode, String municipalityName, Long reporterId, String reason,
            OffsetDateTime createdAt, OffsetDateTime handledAt, String handledByName, String outcome, Long postId,
            Long commentId, Long chatMessageId) {}

    private Report withContent(ReportRow row) {
        ContentKind kind = row.postId() != null ? ContentKind.POST : row.commentId() != null ? ContentKind.COMMENT : ContentKind.CHAT;
        long contentId = switch (kind) {
            case POST -> row.postId();
            case COMMENT -> row.commentId();
            case CHAT -> row.chatMessageId();
        };
        Content content = content(kind, contentId).orElseThrow();
        return new Report(row.id(), row.municipalityCode(), row.municipalityName(), row.reporterId(), row.reason(), row.createdAt(),
                row.handledAt(), row.handledByName(), row.outcome(), content);
    }

    /** Open reports of public content for the platform's moderators, optionally of one municipality. */
    public List<Report> moderatorQueue(CommunityUser user, String municipality) {
        requireModerator(user);
        return jdbc.sql(REPORT_SELECT + """
                        WHERE r.handled_at IS NULL AND r.group_id IS NULL
                          AND (CAST(:m AS text) IS NULL OR r.municipality_code = CAST(:m AS text))
                        ORDER BY r.created_at, r.id LIMIT 200
                        """)
                .param("m", blankToNull(municipality))
                .query(ReportRow.class).list().stream().map(this::withContent).toList();
    }

    /** Open reports of a group's content for its admins (and moderators). */
    public List<Report> groupQueue(CommunityUser user, long groupId) {
        requireGroupAdmin(user, groupId);
        return jdbc.sql(REPORT_SELECT + " WHERE r.handled_at IS NULL AND r.group_id = :g ORDER BY r.created_at, r.id LIMIT 200")
                .param("g", groupId).query(ReportRow.class).list().stream().map(this::withContent).toList();
    }

    /** The name of a group the user may administer; 404 for another municipality's group, 403 for a non-admin. */
    public String requireGroupAdmin(CommunityUser user, long groupId) {
        record Group(String municipalityCode, String name) {}
        Group group = jdbc.sql("SELECT municipality_code, name FROM community_group WHERE id = :g").param("g", groupId)
                .query(Group.class).optional().orElseThrow(() -> new NotFoundException("Gruppen finns inte"));
        if (user.isModerator()) {
            return group.name();
        }
        if (!group.municipalityCode().equals(user.municipalityCode())) {
            throw new NotFoundException("Gruppen finns inte");
        }
        if (!isGroupAdmin(user.userId(), groupId)) {
            throw new AccessDeniedException("Endast gruppens administratörer hanterar anmälningar");
        }
        return group.name();
    }

    public void requireModerator(CommunityUser user) {
        if (!user.isModerator()) {
            throw new AccessDeniedException("Endast moderatorer");
        }
    }

    /** A report the user may handle: a moderator any, a group admin their group's; others get 404. */
    public Report handleable(CommunityUser user, long reportId) {
        Report report = jdbc.sql(REPORT_SELECT + " WHERE r.id = :id").param("id", reportId).query(ReportRow.class).optional()
                .map(this::withContent).orElseThrow(() -> new NotFoundException("Anmälan finns inte"));
        if (!mayHandle(user, report)) {
            throw new NotFoundException("Anmälan finns inte");
        }
        return report;
    }

    private boolean mayHandle(CommunityUser user, Report report) {
        return user.isModerator() || report.content().groupId() != null
                && report.content().municipalityCode().equals(user.municipalityCode())
                && isGroupAdmin(user.userId(), report.content().groupId());
    }

    /** The member's own reports, newest first, with their outcome. */
    public List<Report> mine(CommunityUser user) {
        return jdbc.sql(REPORT_SELECT + " WHERE r.reporter_id = :u ORDER BY r.created_at DESC, r.id DESC LIMIT 100")
                .param("u", user.userId()).query(ReportRow.class).list().stream().map(this::withContent).toList();
    }

    public List<Notifications.Notification> messages(CommunityUser user) {
        return notifications.inbox(user.userId());
    }

    /** The moderation log, newest first: everything for moderators (optionally one municipality), a group's for its admins. */
    public List<LogEntry> log(String municipality, Long groupId) {
        return jdbc.sql("""
                        SELECT a.id, a.municipality_code, a.moderator_name, a.action, t.display_name AS target_name, a.post_id, a.comment_id,
                               a.chat_message_id, a.group_id, a.report_id, a.reason, a.created_at
                        FROM moderation_action a LEFT JOIN app_user t ON t.id = a.target_user_id
                        WHERE (CAST(:m AS text) IS NULL OR a.municipality_code = CAST(:m AS text))
                          AND (CAST(:g AS bigint) IS NULL OR a.group_id = CAST(:g AS bigint))
                        ORDER BY a.created_at DESC, a.id DESC LIMIT 200
                        """)
                .param("m", blankToNull(municipality)).param("g", groupId)
                .query(LogEntry.class).list();
    }

    // ------------------------------------------------------------------ actions

    /** The situation the rules judge for this report and actor. */
    public Situation situation(CommunityUser user, Report report) {
        Content c = report.content();
        boolean bannedFromGroup = c.groupId() != null && c.authorId() != null && jdbc.sql("""
                        SELECT count(*) FROM community_group_member WHERE group_id = :g AND user_id = :u AND status = 'BANNED'
                        """).param("g", c.groupId()).param("u", c.authorId()).query(Long.class).single() > 0;
        boolean bannedFromPlatform = c.authorId() != null && jdbc.sql("""
                        SELECT count(*) FROM community_member WHERE user_id = :u AND banned_at IS NOT NULL
                        """).param("u", c.authorId()).query(Long.class).single() > 0;
        return new Situation(c.state(), report.open(), c.groupId() != null, c.authorId() != null, bannedFromGroup,
                bannedFromPlatform, user.isModerator());
    }

    /** Acts on a report's content and logs it; closing actions tell every reporter of that content the outcome. */
    @Transactional
    public void act(CommunityUser user, long reportId, ModerationActionKind action, String reason) {
        Report report = handleable(user, reportId);
        List<InputProblem> problems = new ArrayList<>();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > ModerationRules.MAX_REASON) {
            problems.add(new InputProblem("reason", text("moderation.error.actionReason")));
        }
        if (action == null) {
            problems.add(new InputProblem("action", text("moderation.error.action")));
        } else if (!ModerationRules.allowed(action, situation(user, report))) {
            problems.add(new InputProblem("action", text("moderation.error.notAllowed")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Content c = report.content();
        String table = switch (c.kind()) {
            case POST -> "community_post";
            case COMMENT -> "community_comment";
            case CHAT -> "community_chat_message";
        };
        OffsetDateTime now = OffsetDateTime.now(clock);
        switch (action) {
            case HIDE -> jdbc.sql("UPDATE " + table + " SET hidden_at = :now WHERE id = :id").param("now", now).param("id", c.id()).update();
            case REMOVE -> jdbc.sql("UPDATE " + table + " SET removed_at = :now WHERE id = :id").param("now", now).param("id", c.id()).update();
            case RESTORE -> jdbc.sql("UPDATE " + table + " SET hidden_at = NULL, removed_at = NULL WHERE id = :id").param("id", c.id()).update();
            case WARN -> {
                jdbc.sql("UPDATE community_member SET warnings = warnings + 1 WHERE user_id = :u").param("u", c.authorId()).update();
                tell(c.authorId(), c.municipalityCode(), "moderation.warned.title", "moderation.warned.body", why);
            }
            case BAN_GROUP -> {
                jdbc.sql("""
                                INSERT INTO community_group_member (group_id, user_id, status, admin) VALUES (:g, :u, 'BANNED', false)
                                ON CONFLICT (group_id, user_id) DO UPDATE SET status = 'BANNED', admin = false
                                """).param("g", c.groupId()).param("u", c.authorId()).update();
                tell(c.authorId(), c.municipalityCode(), "moderation.bannedGroup.title", "moderation.bannedGroup.body",
                        c.groupName(), why);
            }
            case BAN_PLATFORM -> {
                jdbc.sql("UPDATE community_member SET banned_at = :now, banned_reason = :why WHERE user_id = :u")
                        .param("now", now).param("why", why).param("u", c.authorId()).update();
                tell(c.authorId(), c.municipalityCode(), "moderation.bannedPlatform.title", "moderation.bannedPlatform.body", why);
            }
            case DISMISS -> {
                // the content stays as it is
            }
        }
        jdbc.sql("""
                        INSERT INTO moderation_action (municipality_code, moderator_id, moderator_name, action, target_user_id, post_id,
                            comment_id, chat_message_id, group_id, report_id, reason)
                        VALUES (:m, :moderator, :name, :action, :target, :post, :comment, :chat, :group, :report, :reason)
                        """)
                .param("m", c.municipalityCode()).param("moderator", user.userId()).param("name", user.displayName())
                .param("action", action.name()).param("target", c.authorId())
                .param("post", c.kind() == ContentKind.POST ? c.id() : null)
                .param("comment", c.kind() == ContentKind.COMMENT ? c.id() : null)
                .param("chat", c.kind() == ContentKind.CHAT ? c.id() : null)
                .param("group", c.groupId()).param("report", report.id()).param("reason", why)
                .update();
        if (ModerationRules.closesReport(action)) {
            close(report, action, user, now);
        }
    }

    private void close(Report report, ModerationActionKind action, CommunityUser user, OffsetDateTime now) {
        String outcome = text(action.outcomeKey());
        String sameContent = action == ModerationActionKind.DISMISS ? "id = :report"
                : report.content().kind().column + " = :content";
        record Closed(long id, Long reporterId) {}
        List<Closed> closed = jdbc.sql("UPDATE moderation_report SET handled_at = :now, handled_by = :by, outcome = :outcome "
                        + "WHERE handled_at IS NULL AND " + sameContent + " RETURNING id, reporter_id")
                .param("now", now).param("by", user.userId()).param("outcome", outcome)
                .param("report", report.id()).param("content", report.content().id())
                .query(Closed.class).list();
        for (Closed c : closed) {
            if (c.reporterId() != null) {
                tell(c.reporterId(), report.municipalityCode(), "moderation.handled.title", "moderation.handled.body", outcome);
            }
        }
    }

    private void tell(long userId, String municipalityCode, String titleKey, String bodyKey, Object... args) {
        record Account(long id, String email, String displayName) {}
        jdbc.sql("SELECT id, email, display_name FROM app_user WHERE id = :u").param("u", userId).query(Account.class).optional()
                .ifPresent(a -> notifications.send(new Person(a.id(), a.email(), a.displayName(), true, List.of(), List.of()),
                        municipalityCode, text(titleKey), text(bodyKey, args), MINE));
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, SWEDISH);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
