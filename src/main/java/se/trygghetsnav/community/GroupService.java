package se.trygghetsnav.community;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsnav.platform.InvalidInputException;
import se.trygghetsnav.platform.InvalidInputException.InputProblem;
import se.trygghetsnav.platform.NotFoundException;

/**
 * Groups of a community: open (join at once) or locked (an admin approves). Only members with
 * status MEMBER see a group's posts, chat and members; for everyone else those do not exist (404).
 */
@Service
class GroupService {

    static final int MAX_NAME = 100;
    static final int MAX_DESCRIPTION = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    GroupService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A group with the viewer's relation to it: status null (not a member), MEMBER, PENDING or BANNED. */
    public record GroupView(long id, String name, String description, boolean locked, int memberCount, String myStatus, boolean admin,
            int pendingCount) {
        public boolean member() {
            return "MEMBER".equals(myStatus);
        }

        public boolean pending() {
            return "PENDING".equals(myStatus);
        }
    }

    public record GroupMember(long userId, String displayName, String status, boolean admin, Instant joinedAt) {
        public String time() {
            return CommunityTime.format(joinedAt);
        }
    }

    private static final String SELECT = """
            SELECT g.id, g.name, g.description, g.locked,
                   (SELECT count(*) FROM community_group_member x WHERE x.group_id = g.id AND x.status = 'MEMBER') AS member_count,
                   me.status AS my_status, coalesce(me.admin, false) AS admin,
                   CASE WHEN me.status = 'MEMBER' AND me.admin
                        THEN (SELECT count(*) FROM community_group_member x WHERE x.group_id = g.id AND x.status = 'PENDING')
                        ELSE 0 END AS pending_count
            FROM community_group g
            LEFT JOIN community_group_member me ON me.group_id = g.id AND me.user_id = :u
            """;

    List<GroupView> list(CommunityUser user) {
        return jdbc.sql(SELECT + " WHERE g.municipality_code = :m ORDER BY g.name")
                .param("u", user.userId()).param("m", user.municipalityCode()).query(GroupView.class).list();
    }

    /** The group as listed (name, open or locked) if it is in the member's community; 404 otherwise. */
    GroupView get(CommunityUser user, long groupId) {
        return jdbc.sql(SELECT + " WHERE g.municipality_code = :m AND g.id = :g")
                .param("u", user.userId()).param("m", user.municipalityCode()).param("g", groupId).query(GroupView.class)
                .optional().orElseThrow(() -> new NotFoundException("Gruppen finns inte"));
    }

    /** The group if the member has status MEMBER in it; 404 for everyone else. */
    GroupView requireMember(CommunityUser user, long groupId) {
        GroupView group = get(user, groupId);
        if (!group.member()) {
            throw new NotFoundException("Gruppen finns inte");
        }
        return group;
    }

    GroupView requireAdmin(CommunityUser user, long groupId) {
        GroupView group = requireMember(user, groupId);
        if (!group.admin()) {
            throw new AccessDeniedException("Bara gruppens administratörer kan göra det");
        }
        return group;
    }

    @Transactional
    long create(CommunityUser user, String name, String description, boolean locked) {
        user.requireNotBanned();
        String n = name == null ? "" : name.strip();
        String d = description == null ? "" : description.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new InvalidInputException(List.of(new InputProblem("name", "Ange ett namn på högst 100 tecken.")));
        }
        if (d.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException(List.of(new InputProblem("description", "Beskrivningen får vara högst 1 000 tecken.")));
        }
        long id = jdbc.sql("""
                        INSERT INTO community_group (municipality_code, name, description, locked, created_by) VALUES (:m, :n, :d, :l, :u)
                        RETURNING id
                        """).param("m", user.municipalityCode()).param("n", n).param("d", d).param("l", locked).param("u", user.userId())
                .query(Long.class).single();
        jdbc.sql("INSERT INTO community_group_member (group_id, user_id, status, admin) VALUES (:g, :u, 'MEMBER', true)")
                .param("g", id).param("u", user.userId()).update();
        return id;
    }

    /** Joins an open group at once; asks to join a locked one (PENDING). Returns the status afterwards. */
    @Transactional
    String join(CommunityUser user, long groupId) {
        user.requireNotBanned();
        GroupView group = get(user, groupId);
        if (group.myStatus() != null) {
            if ("BANNED".equals(group.myStatus())) {
                throw new AccessDeniedException("Du är avstängd från gruppen");
            }
            return group.myStatus();
        }
        String status = group.locked() ? "PENDING" : "MEMBER";
        try {
            jdbc.sql("INSERT INTO community_group_member (group_id, user_id, status, joined_at) VALUES (:g, :u, :s, :at)")
                    .param("g", groupId).param("u", user.userId()).param("s", status).param("at", OffsetDateTime.now(clock)).update();
        } catch (DuplicateKeyException e) {
            return get(user, groupId).myStatus();
        }
        return status;
    }

    @Transactional
    void leave(CommunityUser user, long groupId) {
        GroupView group = get(user, groupId);
        if (group.myStatus() == null || "BANNED".equals(group.myStatus())) {
            return;
        }
        jdbc.sql("DELETE FROM community_group_member WHERE group_id = :g AND user_id = :u").param("g", groupId).param("u", user.userId()).update();
        promoteIfNoAdmin(groupId);
    }

    /** A group never stays without an admin while it has members: the longest-standing member takes over. */
    private void promoteIfNoAdmin(long groupId) {
        jdbc.sql("""
                UPDATE community_group_member SET admin = true
                WHERE group_id = :g AND user_id = (SELECT user_id FROM community_group_member WHERE group_id = :g AND status = 'MEMBER'
                                                   ORDER BY joined_at, user_id LIMIT 1)
                  AND NOT EXISTS (SELECT 1 FROM community_group_member WHERE group_id = :g AND status = 'MEMBER' AND admin)
                """).param("g", groupId).update();
    }

    List<GroupMember> members(CommunityUser user, long groupId) {
        requireMember(user, groupId);
        return jdbc.sql("""
                        SELECT gm.user_id, u.display_name, gm.status, gm.admin, gm.joined_at
                        FROM community_group_member gm JOIN app_user u ON u.id = gm.user_id
                        WHERE gm.group_id = :g AND gm.status = 'MEMBER' ORDER BY gm.admin DESC, u.display_name
                        """).param("g", groupId)
                .query((rs, row) -> new GroupMember(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant())).list();
    }

    /** Join requests waiting for an admin of the group. */
    List<GroupMember> pending(CommunityUser user, long groupId) {
        requireAdmin(user, groupId);
        return jdbc.sql("""
                        SELECT gm.user_id, u.display_name, gm.status, gm.admin, gm.joined_at
                        FROM community_group_member gm JOIN app_user u ON u.id = gm.user_id
                        WHERE gm.group_id = :g AND gm.status = 'PENDING' ORDER BY gm.joined_at
                        """).param("g", groupId)
                .query((rs, row) -> new GroupMember(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant())).list();
    }

    @Transactional
    void approve(CommunityUser user, long groupId, long userId) {
        requireAdmin(user, groupId);
        int changed = jdbc.sql("UPDATE community_group_member SET status = 'MEMBER', joined_at = :at WHERE group_id = :g AND user_id = :u AND status = 'PENDING'")
                .param("at", OffsetDateTime.now(clock)).param("g", groupId).param("u", userId).update();
        if (changed == 0) {
            throw new NotFoundException("Ingen sådan förfrågan");
        }
    }

    @Transactional
    void decline(CommunityUser user, long groupId, long userId) {
        requireAdmin(user, groupId);
        int changed = jdbc.sql("DELETE FROM community_group_member WHERE group_id = :g AND user_id = :u AND status = 'PENDING'")
                .param("g", groupId).param("u", userId).update();
        if (changed == 0) {
            throw new NotFoundException("Ingen sådan förfrågan");
        }
    }

    @Transactional
    void appointAdmin(CommunityUser user, long groupId, long userId) {
        requireAdmin(user, groupId);
        int changed = jdbc.sql("UPDATE community_group_member SET admin = true WHERE group_id = :g AND user_id = :u AND status = 'MEMBER'")
                .param("g", groupId).param("u", userId).update();
        if (changed == 0) {
            throw new NotFoundException("Personen är inte medlem i gruppen");
        }
    }

    @Transactional
    void removeMember(CommunityUser user, long groupId, long userId) {
        requireAdmin(user, groupId);
        if (userId == user.userId()) {
            leave(user, groupId);
            return;
        }
        int changed = jdbc.sql("DELETE FROM community_group_member WHERE group_id = :g AND user_id = :u AND status = 'MEMBER'")
                .param("g", groupId).param("u", userId).update();
        if (changed == 0) {
            throw new NotFoundException("Personen är inte medlem i gruppen");
        }
    }

    Optional<String> name(long groupId) {
        return jdbc.sql("SELECT name FROM community_group WHERE id = :g").param("g", groupId).query(String.class).optional();
    }
}
