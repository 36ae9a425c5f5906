package se.trygghetsnav.community;

import java.util.Set;

/**
 * Who may see a post: the one place of the visibility rules. PUBLIC posts are seen by every member
 * of the municipality's community; GROUP posts by the group's members (status MEMBER) only;
 * ORGANISATION posts by their author and the staff of the addressed organisation only. Hidden or
 * removed posts are seen by moderators alone. {@link #SQL} is the same rule for queries.
 */
final class PostAccess {

    /**
     * The rule as a condition on {@code p} (community_post) for the parameters :viewer (user id),
     * :community (the viewer's municipality) and :moderator (boolean).
     */
    static final String SQL = """
            p.municipality_code = :community
            AND ((p.hidden_at IS NULL AND p.removed_at IS NULL) OR :moderator)
            AND (p.visibility = 'PUBLIC'
                 OR (p.visibility = 'GROUP' AND EXISTS (SELECT 1 FROM community_group_member gm
                       WHERE gm.group_id = p.group_id AND gm.user_id = :viewer AND gm.status = 'MEMBER'))
                 OR (p.visibility = 'ORGANISATION' AND (p.author_id = :viewer OR EXISTS (SELECT 1 FROM membership ms
                       WHERE ms.organisation_id = p.organisation_id AND ms.user_id = :viewer))))
            """;

    private PostAccess() {}

    /** The facts about a post that decide who sees it. */
    record PostFacts(String municipalityCode, Long authorId, Visibility visibility, Long groupId, Long organisationId,
            boolean hiddenOrRemoved) {}

    /** The viewer: their community, groups where they are MEMBER, and organisations they work for. */
    record Viewer(long userId, String municipalityCode, boolean moderator, Set<Long> memberOfGroups, Set<Long> staffOf) {}

    static boolean canSee(Viewer viewer, PostFacts post) {
        if (!post.municipalityCode().equals(viewer.municipalityCode())) {
            return false;
        }
        if (post.hiddenOrRemoved() && !viewer.moderator()) {
            return false;
        }
        return switch (post.visibility()) {
            case PUBLIC -> true;
            case GROUP -> post.groupId() != null && viewer.memberOfGroups().contains(post.groupId());
            case ORGANISATION -> (post.authorId() != null && post.authorId() == viewer.userId())
                    || (post.organisationId() != null && viewer.staffOf().contains(post.organisationId()));
        };
    }

    /** Whether a post may appear on the public map: PUBLIC and neither hidden nor removed. */
    static boolean isPublic(PostFacts post) {
        return post.visibility() == Visibility.PUBLIC && !post.hiddenOrRemoved();
    }
}
