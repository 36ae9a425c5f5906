package se.trygghetsnav.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.municipality.Sweref99;
import se.trygghetsnav.platform.ImageSanitizer;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;
import se.trygghetsnav.platform.NotFoundException;

/** Posts on the map, their photos and comments; who sees what is decided by {@link PostAccess}. */
@Service
class PostService {

    static final String DELETED_USER = "Borttagen användare";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PostService(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** What a member asks to post; photo is the upload as received (null for none). */
    public record NewPost(String body, Priority priority, Visibility visibility, Long groupId, Long organisationId, Double latitude,
            Double longitude, boolean exactPosition, Long badgeOrganisationId, String badgeRole, byte[] photo) {}

    /** A verified organisation working in the member's municipality (may be addressed, or posted for with a badge). */
    public record OrganisationChoice(long id, String name, String kind) {}

    public record Comment(long id, long postId, Long authorId, String authorName, String body, boolean hidden, boolean removed,
            Instant createdAt) {
        public String time() {
            return CommunityTime.format(createdAt);
        }

        public boolean hiddenOrRemoved() {
            return hidden || removed;
        }
    }

    public record Photo(String contentType, byte[] content) {}

    @Transactional
    long create(CommunityUser user, NewPost post) {
        user.requireNotBanned();
        List<InputProblem> problems = new ArrayList<>(PostRules.problems(post.body(), post.latitude(), post.longitude(), post.photo()));
        if (post.priority() == null) {
            problems.add(new InputProblem("priority", "Välj grön, gul eller röd."));
        }
        Visibility visibility = post.visibility() == null ? Visibility.PUBLIC : post.visibility();
        Long groupId = null;
        Long organisationId = null;
        if (visibility == Visibility.GROUP) {
            if (post.groupId() == null || !memberGroupIds(user).contains(post.groupId())) {
                problems.add(new InputProblem("visibility", "Välj en grupp som du är medlem i."));
            } else {
                groupId = post.groupId();
            }
        } else if (visibility == Visibility.ORGANISATION) {
            if (post.organisationId() == null || verifiedOrganisations(user.municipalityCode()).stream().noneMatch(o -> o.id() == post.organisationId())) {
                problems.add(new InputProblem("visibility", "Välj en verifierad organisation i kommunen."));
            } else {
                organisationId = post.organisationId();
            }
        }
        String badgeRole = null;
        Long badgeOrganisation = null;
        if (post.badgeOrganisationId() != null) {
            if (badgeOrganisations(user).stream().noneMatch(o -> o.id() == post.badgeOrganisationId())) {
                problems.add(new InputProblem("badge", "Du kan bara skriva med märket för en verifierad organisation du arbetar i."));
            } else {
                badgeOrganisation = post.badgeOrganisationId();
                badgeRole = post.badgeRole() == null ? "" : post.badgeRole().strip();
                if (badgeRole.length() > 60) {
                    problems.add(new InputProblem("badge", "Rollen får vara högst 60 tecken."));
                }
            }
        }
        ImageSanitizer.SanitizedImage photo = null;
        if (post.photo() != null && post.photo().length > 0 && problems.stream().noneMatch(p -> p.field().equals("photo"))) {
            try {
                photo = ImageSanitizer.sanitize(post.photo());
            } catch (ImageSanitizer.NotAnImageException | ImageSanitizer.ImageTooLargeException e) {
                problems.add(new InputProblem("photo", e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        lockMember(user.userId());
        checkRate(user.userId(), now);
        Sweref99.LatLng position = PostPosition.stored(post.latitude(), post.longitude(), post.exactPosition());
        String authorName = currentName(user.userId());
        long id = jdbc.sql("""
                        INSERT INTO community_post (municipality_code, author_id, author_name, badge_organisation_id, badge_role, visibility,
                                                    group_id, organisation_id, priority, body, latitude, longitude, exact_position, created_at)
                        VALUES (:m, :a, :n, :bo, :br, :v, :g, :o, :p, :b, :lat, :lon, :exact, :at)
                        RETURNING id
                        """)
                .param("m", user.municipalityCode()).param("a", user.userId()).param("n", authorName)
                .param("bo", badgeOrganisation, Types.BIGINT).param("br", badgeRole, Types.VARCHAR).param("v", visibility.name())
                .param("g", groupId, Types.BIGINT).param("o", organisationId, Types.BIGINT).param("p", post.priority().name())
                .param("b", post.body().strip()).param("lat", position.latitude()).param("lon", position.longitude())
                .param("exact", post.exactPosition()).param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .query(Long.class).single();
        if (photo != null) {
            jdbc.sql("INSERT INTO community_photo (post_id, content_type, bytes) VALUES (:p, :t, :b)")
                    .param("p", id).param("t", photo.contentType()).param("b", photo.content()).update();
        }
        events.publishEvent(new PostPublished(id, user.municipalityCode(), user.userId(), authorName, visibility, groupId,
                organisationId, post.priority(), post.body().strip(), position.latitude(), position.longitude(), now));
        return id;
    }

    /** Serialises a member's posting, so the rate limit holds for requests at the same moment. */
    private void lockMember(long userId) {
        jdbc.sql("SELECT user_id FROM community_member WHERE user_id = :u FOR UPDATE").param("u", userId).query(Long.class).optional();
    }

    /**
     * Refuses a comment or chat message from a member who wrote too many in a short time (comments and chat count
     * together); serialised per member like posting.
     */
    void checkMessageRate(long userId, Instant now) {
        lockMember(userId);
        List<Instant> recent = jdbc.sql("""
                        SELECT created_at FROM community_comment WHERE author_id = :u AND created_at > :since
                        UNION ALL
                        SELECT created_at FROM community_chat_message WHERE author_id = :u AND created_at > :since
                        """)
                .param("u", userId).param("since", OffsetDateTime.ofInstant(now.minus(RateLimit.DAY), ZoneOffset.UTC))
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant()).list();
        RateLimit.MESSAGES.waitBefore(recent, now).ifPresent(wait -> {
            throw new RateLimitExceededException(wait, "Du har skrivit många meddelanden på kort tid. Vänta en stund och försök igen.");
        });
    }

    private void checkRate(long userId, Instant now) {
        List<Instant> recent = jdbc.sql("SELECT created_at FROM community_post WHERE author_id = :u AND created_at > :since")
                .param("u", userId).param("since", OffsetDateTime.ofInstant(now.minus(RateLimit.DAY), ZoneOffset.UTC))
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant()).list();
        RateLimit.POSTS.waitBefore(recent, now).ifPresent(wait -> {
            throw new RateLimitExceededException(wait);
        });
    }

    String currentName(long userId) {
        return jdbc.sql("SELECT display_name FROM app_user WHERE id = :u").param("u", userId).query(String.class).single();
    }

    private static final String SELECT = """
            SELECT p.id, p.municipality_code, p.author_id, p.author_name, bo.name AS badge_name, p.badge_role, p.visibility,
                   p.group_id, g.name AS group_name, p.organisation_id, o.name AS organisation_name, p.priority, p.body,
                   p.latitude, p.longitude, p.exact_position, p.hidden_at IS NOT NULL AS hidden, p.removed_at IS NOT NULL AS removed,
                   EXISTS (SELECT 1 FROM community_photo ph WHERE ph.post_id = p.id) AS has_photo, p.incident_report_id, p.created_at,
                   (SELECT count(*) FROM community_comment c WHERE c.post_id = p.id AND c.hidden_at IS NULL AND c.removed_at IS NULL) AS comments
            FROM community_post p
            LEFT JOIN organisation bo ON bo.id = p.badge_organisation_id
            LEFT JOIN community_group g ON g.id = p.group_id
            LEFT JOIN organisation o ON o.id = p.organisation_id
            """;

    /** The member's feed: what they may see in their community, newest first; or one group's posts. */
    List<PostView> feed(CommunityUser user, Long groupId, int limit) {
        return jdbc.sql(SELECT + " WHERE " + PostAccess.SQL + """
                         AND (CAST(:group AS bigint) IS NULL OR p.group_id = CAST(:group AS bigint))
                        ORDER BY p.created_at DESC, p.id DESC LIMIT :limit
                        """)
                .param("viewer", user.userId()).param("community", user.municipalityCode()).param("moderator", user.isModerator())
                .param("group", groupId, Types.BIGINT).param("limit", limit)
                .query(PostService::post).list();
    }

    /** The post if the member may see it; 404 otherwise (also for other municipalities). */
    PostView get(CommunityUser user, long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id AND " + PostAccess.SQL)
                .param("id", id).param("viewer", user.userId()).param("community", user.municipalityCode())
                .param("moderator", user.isModerator())
                .query(PostService::post).optional().orElseThrow(() -> new NotFoundException("Inlägget finns inte"));
    }

    /** PUBLIC posts of a municipality that are neither hidden nor removed, for the public map. */
    List<PostView> publicPosts(String municipalityCode, int limit) {
        return jdbc.sql(SELECT + """
                         WHERE p.municipality_code = :m AND p.visibility = 'PUBLIC' AND p.hidden_at IS NULL AND p.removed_at IS NULL
                        ORDER BY p.created_at DESC, p.id DESC LIMIT :limit
                        """)
                .param("m", municipalityCode).param("limit", limit).query(PostService::post).list();
    }

    Optional<Photo> photo(CommunityUser user, long postId) {
        get(user, postId);
        return jdbc.sql("SELECT content_type, bytes FROM community_photo WHERE post_id = :p ORDER BY id LIMIT 1")
                .param("p", postId).query((rs, row) -> new Photo(rs.getString(1), rs.getBytes(2))).optional();
    }

    /** The photo of a post on the public map. */
    Optional<Photo> publicPhoto(String municipalityCode, long postId) {
        return jdbc.sql("""
                        SELECT ph.content_type, ph.bytes FROM community_photo ph JOIN community_post p ON p.id = ph.post_id
                        WHERE p.id = :p AND p.municipality_code = :m AND p.visibility = 'PUBLIC' AND p.hidden_at IS NULL AND p.removed_at IS NULL
                        ORDER BY ph.id LIMIT 1
                        """).param("p", postId).param("m", municipalityCode)
                .query((rs, row) -> new Photo(rs.getString(1), rs.getBytes(2))).optional();
    }

    /** Adds the photo to the author's own post that has none yet (the API's separate upload). */
    @Transactional
    void addPhoto(CommunityUser user, long postId, byte[] upload) {
        user.requireNotBanned();
        PostView post = get(user, postId);
        if (post.authorId() == null || post.authorId() != user.userId()) {
            throw new AccessDeniedException("Bara den som skrev inlägget kan lägga till en bild");
        }
        if (post.hasPhoto()) {
            throw new InvalidInputException(List.of(new InputProblem("photo", "Inlägget har redan en bild.")));
        }
        if (upload == null || upload.length == 0) {
            throw new InvalidInputException(List.of(new InputProblem("photo", "Välj en bild.")));
        }
        ImageSanitizer.SanitizedImage photo;
        try {
            photo = ImageSanitizer.sanitize(upload);
        } catch (ImageSanitizer.NotAnImageException | ImageSanitizer.ImageTooLargeException e) {
            throw new InvalidInputException(List.of(new InputProblem("photo", e.getMessage())));
        }
        jdbc.sql("INSERT INTO community_photo (post_id, content_type, bytes) VALUES (:p, :t, :b)")
                .param("p", postId).param("t", photo.contentType()).param("b", photo.content()).update();
    }

    /** The author removes their own post; a moderator any. */
    @Transactional
    void remove(CommunityUser user, long postId) {
        PostView post = get(user, postId);
        boolean own = post.authorId() != null && post.authorId() == user.userId();
        if (!own && !user.isModerator()) {
            throw new AccessDeniedException("Bara den som skrev inlägget kan ta bort det");
        }
        jdbc.sql("UPDATE community_post SET removed_at = :now WHERE id = :id AND removed_at IS NULL")
                .param("now", OffsetDateTime.now(clock)).param("id", postId).update();
    }

    List<Comment> comments(CommunityUser user, long postId) {
        get(user, postId);
        return jdbc.sql("""
                        SELECT id, post_id, author_id, author_name, body, hidden_at IS NOT NULL AS hidden, removed_at IS NOT NULL AS removed, created_at
                        FROM community_comment WHERE post_id = :p AND ((hidden_at IS NULL AND removed_at IS NULL) OR :moderator)
                        ORDER BY created_at, id
                        """).param("p", postId).param("moderator", user.isModerator())
                .query((rs, row) -> new Comment(rs.getLong("id"), rs.getLong("post_id"), (Long) rs.getObject("author_id"),
                        rs.getString("author_name"), rs.getString("body"), rs.getBoolean("hidden"), rs.getBoolean("removed"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    @Transactional
    long comment(CommunityUser user, long postId, String body) {
        user.requireNotBanned();
        PostView post = get(user, postId);
        if (post.hiddenOrRemoved()) {
            throw new NotFoundException("Inlägget finns inte");
        }
        if (!PostRules.validBody(body)) {
            throw new InvalidInputException(List.of(new InputProblem("body",
                    PostRules.length(body) == 0 ? "Skriv en kommentar." : "Kommentaren får vara högst 2 000 tecken.")));
        }
        Instant now = clock.instant();
        checkMessageRate(user.userId(), now);
        return jdbc.sql("INSERT INTO community_comment (post_id, author_id, author_name, body, created_at) VALUES (:p, :a, :n, :b, :at) RETURNING id")
                .param("p", postId).param("a", user.userId()).param("n", currentName(user.userId())).param("b", body.strip())
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).query(Long.class).single();
    }

    /** The author removes their own comment; a moderator any. */
    @Transactional
    void removeComment(CommunityUser user, long postId, long commentId) {
        get(user, postId);
        Long author = jdbc.sql("SELECT author_id FROM community_comment WHERE id = :c AND post_id = :p")
                .param("c", commentId).param("p", postId).query((rs, row) -> (Long) rs.getObject(1)).optional()
                .orElseThrow(() -> new NotFoundException("Kommentaren finns inte"));
        if ((author == null || author != user.userId()) && !user.isModerator()) {
            throw new AccessDeniedException("Bara den som skrev kommentaren kan ta bort den");
        }
        jdbc.sql("UPDATE community_comment SET removed_at = :now WHERE id = :c AND removed_at IS NULL")
                .param("now", OffsetDateTime.now(clock)).param("c", commentId).update();
    }

    Set<Long> memberGroupIds(CommunityUser user) {
        return new HashSet<>(jdbc.sql("""
                        SELECT gm.group_id FROM community_group_member gm JOIN community_group g ON g.id = gm.group_id
                        WHERE gm.user_id = :u AND gm.status = 'MEMBER' AND g.municipality_code = :m
                        """).param("u", user.userId()).param("m", user.municipalityCode()).query(Long.class).list());
    }

    /** Verified organisations that work in the municipality: they can be sent a direct post. */
    List<OrganisationChoice> verifiedOrganisations(String municipalityCode) {
        return jdbc.sql("""
                        SELECT o.id, o.name, o.kind FROM organisation o JOIN organisation_municipality om ON om.organisation_id = o.id
                        WHERE om.municipality_code = :m AND o.verified_at IS NOT NULL ORDER BY o.name
                        """).param("m", municipalityCode).query(OrganisationChoice.class).list();
    }

    /** Verified organisations in the municipality where the member works: they may post with its badge. */
    List<OrganisationChoice> badgeOrganisations(CommunityUser user) {
        Set<Long> mine = new HashSet<>();
        user.memberships().forEach(m -> mine.add(m.organisationId()));
        return verifiedOrganisations(user.municipalityCode()).stream().filter(o -> mine.contains(o.id())).toList();
    }

    private static PostView post(ResultSet rs, int row) throws SQLException {
        return new PostView(rs.getLong("id"), rs.getString("municipality_code"), (Long) rs.getObject("author_id"),
                rs.getString("author_name"), rs.getString("badge_name"), rs.getString("badge_role"),
                Visibility.valueOf(rs.getString("visibility")), (Long) rs.getObject("group_id"), rs.getString("group_name"),
                (Long) rs.getObject("organisation_id"), rs.getString("organisation_name"), Priority.valueOf(rs.getString("priority")),
                rs.getString("body"), rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getBoolean("exact_position"),
                rs.getBoolean("hidden"), rs.getBoolean("removed"), rs.getBoolean("has_photo"), (Long) rs.getObject("incident_report_id"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("comments"));
    }
}
