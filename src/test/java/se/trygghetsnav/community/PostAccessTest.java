package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import se.trygghetsnav.community.PostAccess.PostFacts;
import se.trygghetsnav.community.PostAccess.Viewer;

class PostAccessTest {

    private static final String TRANEMO = "1452";
    private final Viewer member = new Viewer(1, TRANEMO, false, Set.of(10L), Set.of());
    private final Viewer outsider = new Viewer(2, TRANEMO, false, Set.of(), Set.of());
    private final Viewer staff = new Viewer(3, TRANEMO, false, Set.of(), Set.of(50L));
    private final Viewer moderator = new Viewer(4, TRANEMO, true, Set.of(), Set.of());
    private final Viewer boras = new Viewer(5, "1490", false, Set.of(10L), Set.of(50L));

    @Test
    void publicPostsAreSeenByTheWholeCommunityOnly() {
        PostFacts post = new PostFacts(TRANEMO, 9L, Visibility.PUBLIC, null, null, false);
        assertThat(PostAccess.canSee(member, post)).isTrue();
        assertThat(PostAccess.canSee(outsider, post)).isTrue();
        assertThat(PostAccess.canSee(boras, post)).isFalse();
        assertThat(PostAccess.isPublic(post)).isTrue();
    }

    @Test
    void groupPostsAreSeenByMembersOnly() {
        PostFacts post = new PostFacts(TRANEMO, 9L, Visibility.GROUP, 10L, null, false);
        assertThat(PostAccess.canSee(member, post)).isTrue();
        assertThat(PostAccess.canSee(outsider, post)).isFalse();
        assertThat(PostAccess.canSee(moderator, post)).isFalse();
        assertThat(PostAccess.canSee(boras, post)).isFalse();
        assertThat(PostAccess.isPublic(post)).isFalse();
    }

    @Test
    void organisationPostsAreSeenByTheAuthorAndTheStaff() {
        PostFacts post = new PostFacts(TRANEMO, 2L, Visibility.ORGANISATION, null, 50L, false);
        assertThat(PostAccess.canSee(outsider, post)).isTrue();
        assertThat(PostAccess.canSee(staff, post)).isTrue();
        assertThat(PostAccess.canSee(member, post)).isFalse();
        assertThat(PostAccess.canSee(boras, post)).isFalse();
    }

    @Test
    void hiddenOrRemovedPostsAreSeenByModeratorsOnly() {
        PostFacts post = new PostFacts(TRANEMO, 1L, Visibility.PUBLIC, null, null, true);
        assertThat(PostAccess.canSee(member, post)).isFalse();
        assertThat(PostAccess.canSee(moderator, post)).isTrue();
        assertThat(PostAccess.isPublic(post)).isFalse();
    }
}
